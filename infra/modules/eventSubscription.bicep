// Second phase: the subscription that delivers new raw blobs to the Event Grid blob trigger. Deploy it only once
// the code is running, because the webhook key (blobs_extension) is created by the Functions host.

param systemTopicName string

@description('Resource id of the storage account (dead-letter destination).')
param storageAccountId string

@description('Resource id of the identity Event Grid uses to write dead letters.')
param eventGridIdentityId string

param functionAppName string

@description('Container whose new blobs trigger the function.')
param sourceContainerName string

param deadLetterContainerName string

@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int

@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'clean-article-blob-created'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        // CleanArticle is the function folder of the blob trigger (checked against the repository by the infra tests).
        // The key goes straight into the subscription; it is never a parameter or an output.
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.CleanArticle&code=${listKeys('${functionApp.id}/host/default', '2024-11-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${sourceContainerName}/'
      // Only completed writes: a block upload fires PutBlockList once, not one event per staged block.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: [
            'PutBlob'
            'PutBlockList'
            'CopyBlob'
            'FlushWithClose'
          ]
        }
      ]
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'UserAssigned'
        userAssignedIdentity: eventGridIdentityId
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storageAccountId
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = blobCreated.name
