// Two user-assigned identities, so each caller holds only the roles it needs:
// the function app (storage data, telemetry) and Event Grid (writing dead letters).

@description('Azure region.')
param location string

@description('Name of the function app identity.')
param appIdentityName string

@description('Name of the Event Grid identity, used to write undeliverable events to the dead-letter container.')
param eventGridIdentityName string

param tags object

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: appIdentityName
  location: location
  tags: tags
}

resource eventGridIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: eventGridIdentityName
  location: location
  tags: tags
}

output appIdentityId string = appIdentity.id
output appIdentityClientId string = appIdentity.properties.clientId
output appIdentityPrincipalId string = appIdentity.properties.principalId
output eventGridIdentityId string = eventGridIdentity.id
output eventGridIdentityPrincipalId string = eventGridIdentity.properties.principalId
