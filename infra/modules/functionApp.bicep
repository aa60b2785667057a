// The Flex Consumption plan and function app. The app runs the custom handler (a self-contained linux-x64
// executable) and reaches storage and Application Insights only through its user-assigned identity.

@description('Azure region.')
param location string

param planName string
param appName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (identity-based connections name it explicitly).')
param identityClientId string

param storageAccountName string
param blobEndpoint string
param queueEndpoint string
param tableEndpoint string

@description('Container the deployment package is uploaded to.')
param deploymentContainerName string

param applicationInsightsConnectionString string

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Instances kept warm for the blob trigger group, so Event Grid deliveries are not lost on cold start.')
@minValue(0)
@maxValue(20)
param alwaysReadyBlobInstances int

@description('HTTP requests one instance serves at once before the platform adds instances.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

@description('Subnet id for VNet integration; empty for none.')
param virtualNetworkSubnetId string

param tags object

@description('Tag value azd uses to find the app that a service in azure.yaml deploys to.')
param azdServiceName string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Only identity-based settings: no account keys, no connection strings with secrets.
      appSettings: [
        // The Functions host's own state (leases, blob receipts, poison queue).
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: queueEndpoint
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: tableEndpoint
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // The pipeline's data (raw, clean, quarantine, jobs, reprocess queue): the triggers' connection and the handler's clients.
        {
          name: 'PipelineStorage__blobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'PipelineStorage__queueServiceUri'
          value: queueEndpoint
        }
        {
          name: 'PipelineStorage__tableServiceUri'
          value: tableEndpoint
        }
        {
          name: 'PipelineStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'PipelineStorage__clientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyBlobInstances > 0
          ? [
              {
                name: 'blob'
                instanceCount: alwaysReadyBlobInstances
              }
            ]
          : []
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      // Custom handler: the package carries a self-contained linux-x64 executable (see docs/deploy.md).
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

// Deployment goes through Entra (azd, az CLI), never through FTP or SCM basic-auth credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output id string = app.id
output defaultHostName string = app.properties.defaultHostName
output storageAccountName string = storageAccountName
