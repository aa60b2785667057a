using 'main.bicep'

// azd exports these; outside azd set them in the shell or pass --parameters to override.
param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'pipeline')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')

// Second phase (after the code is deployed): DEPLOY_EVENT_SUBSCRIPTION=true.
param deployEventSubscription = bool(readEnvironmentVariable('DEPLOY_EVENT_SUBSCRIPTION', 'false'))

param privateNetwork = bool(readEnvironmentVariable('PIPELINE_PRIVATE_NETWORK', 'true'))
param storageSku = 'Standard_ZRS'
param instanceMemoryMB = 2048
param maximumInstanceCount = 100
param alwaysReadyBlobInstances = 1
param httpPerInstanceConcurrency = 16
param logRetentionInDays = 30
param logDailyQuotaGb = 5
