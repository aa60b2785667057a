#!/bin/sh
# azd postprovision hook (also usable by hand with the same variables set):
#   1. package the function app (host.json, function folders, self-contained handler),
#   2. zip-deploy it to the Flex Consumption app,
#   3. wait until the Functions host has created the blobs_extension system key,
#   4. second phase: deploy again with the Event Grid subscription.
# Needs: az (logged in), dotnet; AZURE_RESOURCE_GROUP and FUNCTION_APP_NAME (azd exports both).
set -eu
cd "$(dirname "$0")/../.."

: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${FUNCTION_APP_NAME:?set FUNCTION_APP_NAME (output of infra/main.bicep)}"

dotnet msbuild eng/Package.proj -nologo -v:m
package=artifacts/package/pipeline-functions.zip

# On Flex Consumption the CLI uploads through the one-deploy endpoint into the identity-protected package container.
az functionapp deployment source config-zip \
  --resource-group "$AZURE_RESOURCE_GROUP" --name "$FUNCTION_APP_NAME" --src "$package"

# The key exists only once the host has started and indexed the Event Grid blob trigger.
key=""
for _ in $(seq 1 30); do
  key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$FUNCTION_APP_NAME" \
    --query systemKeys.blobs_extension --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  sleep 10
done
if [ -z "$key" ]; then
  echo "blobs_extension key not found on $FUNCTION_APP_NAME; check the deployment, then rerun this hook" >&2
  exit 1
fi
unset key

# Remember the second phase, so later `azd provision` runs keep the subscription.
if command -v azd >/dev/null 2>&1; then
  azd env set DEPLOY_EVENT_SUBSCRIPTION true
fi
DEPLOY_EVENT_SUBSCRIPTION=true az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name "pipeline-events-$(date +%Y%m%d%H%M%S)" \
  --template-file infra/main.bicep \
  --parameters infra/main.bicepparam \
  --output none
echo "Event Grid subscription deployed: new blobs in raw/ now reach CleanArticle."
