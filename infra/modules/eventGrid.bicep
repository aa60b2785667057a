// Event Grid system topic on the storage account. The subscription is eventSubscription.bicep (second phase).

@description('Azure region.')
param location string

param systemTopicName string

@description('Resource id of the storage account whose blob events are published.')
param storageAccountId string

@description('Resource id of the identity Event Grid uses to write dead letters.')
param eventGridIdentityId string

param tags object

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${eventGridIdentityId}': {}
    }
  }
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output systemTopicName string = systemTopic.name
