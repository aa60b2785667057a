// Pipeline on Azure: storage (raw -> clean/quarantine), a Flex Consumption function app running the custom
// handler, Application Insights with Entra-only ingestion, Event Grid blob events, optional private network.
// Deploy in two phases: everything with deployEventSubscription=false, then the code, then again with true.
targetScope = 'resourceGroup'

@description('Environment name (azd sets it); part of every resource name.')
@minLength(1)
@maxLength(24)
param environmentName string

@description('Azure region; Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('Second phase: create the Event Grid subscription. Needs the code deployed first (the webhook key comes from the running host).')
param deployEventSubscription bool = false

@description('VNet integration and private endpoints for blob, queue and table; the storage firewall then denies public traffic.')
param privateNetwork bool = true

@description('Public IP ranges (CIDR) still allowed to reach storage when privateNetwork is true, e.g. the uploader of raw pages.')
param allowedIpRanges string[] = []

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Memory of one Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on instances; bounds the cost and the load on the storage account.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Instances kept warm for the blob trigger group.')
@minValue(0)
@maxValue(20)
param alwaysReadyBlobInstances int = 1

@description('HTTP requests one instance serves at once (reprocess, health).')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Event Grid delivery attempts before an event is dead-lettered.')
@minValue(1)
@maxValue(30)
param eventMaxDeliveryAttempts int = 30

@description('Minutes Event Grid keeps retrying an event.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Daily Log Analytics ingestion cap in GB (-1: none).')
param logDailyQuotaGb int = 5

@description('VNet address space (privateNetwork only).')
param virtualNetworkAddressPrefix string = '10.40.0.0/16'

@description('Subnet delegated to the function app (privateNetwork only).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Subnet for private endpoints (privateNetwork only).')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

param tags object = {}

// Names the handler and the function folders use; keep in step with src/Pipeline.Storage and the function.json files.
var rawContainerName = 'raw'
var deadLetterContainerName = 'deadletter'
var deploymentContainerName = 'app-package'
var containerNames = [
  rawContainerName
  'clean'
  'quarantine'
  'jobs'
  deadLetterContainerName
  deploymentContainerName
]
var queueNames = [
  'reprocess'
  'reprocess-poison'
  'webjobs-blobtrigger-poison'
]

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var allTags = union(tags, { 'azd-env-name': environmentName })
var appName = 'func-pipeline-${resourceToken}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    appIdentityName: 'id-pipeline-app-${resourceToken}'
    eventGridIdentityName: 'id-pipeline-events-${resourceToken}'
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    logAnalyticsName: 'log-pipeline-${resourceToken}'
    applicationInsightsName: 'appi-pipeline-${resourceToken}'
    retentionInDays: logRetentionInDays
    dailyQuotaGb: logDailyQuotaGb
    appPrincipalId: identity.outputs.appIdentityPrincipalId
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: 'stpipe${resourceToken}'
    skuName: storageSku
    privateNetwork: privateNetwork
    allowedIpRanges: allowedIpRanges
    containerNames: containerNames
    queueNames: queueNames
    deadLetterContainerName: deadLetterContainerName
    appPrincipalId: identity.outputs.appIdentityPrincipalId
    eventGridPrincipalId: identity.outputs.eventGridIdentityPrincipalId
    tags: allTags
  }
}

module network 'modules/network.bicep' = if (privateNetwork) {
  name: 'network'
  params: {
    location: location
    virtualNetworkName: 'vnet-pipeline-${resourceToken}'
    addressPrefix: virtualNetworkAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    privateEndpointSubnetPrefix: privateEndpointSubnetPrefix
    storageAccountId: storage.outputs.id
    tags: allTags
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    planName: 'plan-pipeline-${resourceToken}'
    appName: appName
    identityId: identity.outputs.appIdentityId
    identityClientId: identity.outputs.appIdentityClientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyBlobInstances: alwaysReadyBlobInstances
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    virtualNetworkSubnetId: privateNetwork ? network!.outputs.appSubnetId : ''
    azdServiceName: 'pipeline'
    tags: allTags
  }
}

module eventGrid 'modules/eventGrid.bicep' = {
  name: 'eventGrid'
  params: {
    location: location
    systemTopicName: 'evgt-pipeline-${resourceToken}'
    storageAccountId: storage.outputs.id
    eventGridIdentityId: identity.outputs.eventGridIdentityId
    tags: allTags
  }
}

module eventSubscription 'modules/eventSubscription.bicep' = if (deployEventSubscription) {
  name: 'eventSubscription'
  params: {
    systemTopicName: eventGrid.outputs.systemTopicName
    storageAccountId: storage.outputs.id
    eventGridIdentityId: identity.outputs.eventGridIdentityId
    functionAppName: functionApp.outputs.name
    sourceContainerName: rawContainerName
    deadLetterContainerName: deadLetterContainerName
    maxDeliveryAttempts: eventMaxDeliveryAttempts
    eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
  }
}

@description('Name of the function app (zip deploy target).')
output FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Name of the storage account (upload raw pages to its raw container).')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('URL the reprocess requests are POSTed to.')
output REPROCESS_URL string = 'https://${functionApp.outputs.defaultHostName}/api/reprocess'

@description('Name of the Event Grid system topic on the storage account.')
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.systemTopicName
