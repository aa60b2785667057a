using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Functions;
using Pipeline.Tests.Shared;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>What the compiled ARM template deploys: settings, hardening, roles, webhooks, outputs and defaults.</summary>
public sealed partial class TemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private JsonArray AppSettings => template.OfType("Microsoft.Web/sites").Single().Properties!["siteConfig"]!["appSettings"]!.AsArray();

    private string Setting(string name) =>
        AppSettings.Single(setting => setting!["name"]!.GetValue<string>() == name)!["value"]!.ToString();

    [Fact]
    public void Every_setting_the_handler_requires_in_Azure_is_set()
    {
        var names = AppSettings.Select(setting => setting!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(AppSettingNames.RequiredInAzure);
        Assert.All(AppSettingNames.RequiredInAzure, required => Assert.Contains(required, names));
    }

    [Fact]
    public void Host_and_pipeline_storage_connect_with_the_user_assigned_identity()
    {
        foreach (var connection in new[] { "AzureWebJobsStorage", AppSettingNames.StorageConnection })
        {
            Assert.Equal("managedidentity", Setting(connection + "__credential"));
            Assert.Equal("[parameters('identityClientId')]", Setting(connection + "__clientId"));
            Assert.Equal("[parameters('blobEndpoint')]", Setting(connection + "__blobServiceUri"));
            Assert.Equal("[parameters('queueEndpoint')]", Setting(connection + "__queueServiceUri"));
        }

        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", Setting("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
    }

    [Fact]
    public void No_setting_holds_a_key_or_a_connection_string_with_a_secret()
    {
        var names = AppSettings.Select(setting => setting!["name"]!.GetValue<string>()).ToList();

        Assert.DoesNotContain("AzureWebJobsStorage", names);
        Assert.DoesNotContain(AppSettingNames.StorageConnection, names);
        // Flex Consumption rejects it; the runtime comes from functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", names);
        Assert.All(AppSettings, setting =>
        {
            var value = setting!["value"]!.ToString();
            Assert.DoesNotContain("AccountKey", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("list", value, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Storage_account_refuses_shared_keys_plain_http_old_tls_and_public_blobs()
    {
        var account = template.OfType("Microsoft.Storage/storageAccounts").Single().Properties!;

        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.True(account["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]!.GetValue<string>());
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(account["defaultToOAuthAuthentication"]!.GetValue<bool>());
    }

    [Fact]
    public void Containers_and_queues_the_pipeline_uses_are_created()
    {
        var variables = template.Json["variables"]!;
        var containers = variables["containerNames"]!.AsArray().Select(Resolve).ToList();
        var queues = variables["queueNames"]!.AsArray().Select(Resolve).ToList();

        Assert.Equal(["raw", "clean", "quarantine", "jobs", "deadletter", "app-package"], containers);
        Assert.Equal(["reprocess", "reprocess-poison", "webjobs-blobtrigger-poison"], queues);
        var containerLoop = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Single(resource => resource.Json["copy"] is not null);
        var queueLoop = template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Single();
        Assert.Equal("[length(parameters('containerNames'))]", containerLoop.Json["copy"]!["count"]!.GetValue<string>());
        Assert.Equal("[variables('containerNames')]", containerLoop.ArgumentOf("containerNames"));
        Assert.Equal("[length(parameters('queueNames'))]", queueLoop.Json["copy"]!["count"]!.GetValue<string>());
        Assert.Equal("[variables('queueNames')]", queueLoop.ArgumentOf("queueNames"));

        string Resolve(JsonNode? node)
        {
            var value = node!.GetValue<string>();
            var match = Regex.Match(value, @"^\[variables\('([^']+)'\)\]$");
            return match.Success ? variables[match.Groups[1].Value]!.GetValue<string>() : value;
        }
    }

    [Fact]
    public void Role_assignments_are_exactly_the_least_privilege_set_for_service_principals()
    {
        var assignments = template.OfType("Microsoft.Authorization/roleAssignments")
            .SelectMany(assignment =>
            {
                Assert.Equal("ServicePrincipal", assignment.Properties!["principalType"]!.GetValue<string>());
                var principalParameter = ParameterName(assignment.Properties["principalId"]!.GetValue<string>());
                var identity = IdentityOutput().Match(assignment.ArgumentOf(principalParameter) ?? "").Groups[1].Value;
                var scopeType = ScopeType().Match(assignment.Json["scope"]!.GetValue<string>()).Groups[1].Value;
                return CompiledTemplate.ResolveGuids(assignment.Properties["roleDefinitionId"]!.GetValue<string>(), assignment.Template)
                    .Select(role => (role, scopeType, identity));
            })
            .OrderBy(assignment => assignment.role, StringComparer.Ordinal)
            .ToList();

        var expected = new[]
        {
            (StorageBlobDataOwner, "Microsoft.Storage/storageAccounts", "appIdentityPrincipalId"),
            (StorageQueueDataContributor, "Microsoft.Storage/storageAccounts", "appIdentityPrincipalId"),
            (StorageTableDataContributor, "Microsoft.Storage/storageAccounts", "appIdentityPrincipalId"),
            (MonitoringMetricsPublisher, "Microsoft.Insights/components", "appIdentityPrincipalId"),
            (StorageBlobDataContributor, "Microsoft.Storage/storageAccounts/blobServices/containers", "eventGridIdentityPrincipalId"),
        }.OrderBy(assignment => assignment.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, assignments);
    }

    [Fact]
    public void Event_Grid_dead_letters_only_into_the_container_its_role_is_scoped_to()
    {
        var deadLetterRole = template.OfType("Microsoft.Authorization/roleAssignments")
            .Single(assignment => assignment.Properties!["roleDefinitionId"]!.ToString().Contains("storageBlobDataContributor", StringComparison.Ordinal));
        var subscription = template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions").Single();
        var deadLetter = subscription.Properties!["deadLetterWithResourceIdentity"]!;

        Assert.Contains("parameters('deadLetterContainerName')", deadLetterRole.Json["scope"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[variables('deadLetterContainerName')]", deadLetterRole.ArgumentOf("deadLetterContainerName"));
        Assert.Equal("[variables('deadLetterContainerName')]", subscription.ArgumentOf("deadLetterContainerName"));
        Assert.Equal("[parameters('deadLetterContainerName')]", deadLetter["deadLetterDestination"]!["properties"]!["blobContainerName"]!.GetValue<string>());
        Assert.Equal("UserAssigned", deadLetter["identity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Blob_created_subscription_filters_completed_writes_under_raw_and_retries()
    {
        var subscription = template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions").Single();
        var filter = subscription.Properties!["filter"]!;
        var api = filter["advancedFilters"]!.AsArray().Single()!;

        Assert.Equal("[parameters('deployEventSubscription')]", subscription.Deployment!.Json["condition"]!.GetValue<string>());
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(type => type!.GetValue<string>()));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('sourceContainerName'))]", filter["subjectBeginsWith"]!.GetValue<string>());
        Assert.Equal("[variables('rawContainerName')]", subscription.ArgumentOf("sourceContainerName"));
        Assert.Equal("StringIn", api["operatorType"]!.GetValue<string>());
        Assert.Equal("data.api", api["key"]!.GetValue<string>());
        Assert.Equal(["PutBlob", "PutBlockList", "CopyBlob", "FlushWithClose"], api["values"]!.AsArray().Select(value => value!.GetValue<string>()));
        Assert.NotNull(subscription.Properties["retryPolicy"]!["maxDeliveryAttempts"]);
        Assert.NotNull(subscription.Properties["retryPolicy"]!["eventTimeToLiveInMinutes"]);
        Assert.Equal("False", template.Json["parameters"]!["deployEventSubscription"]!["defaultValue"]!.ToString(), ignoreCase: true);
    }

    [Fact]
    public void Every_function_named_in_an_Event_Grid_webhook_is_an_Event_Grid_blob_trigger_folder_at_the_repository_root()
    {
        var webhooks = template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions")
            .Select(subscription => subscription.Properties!["destination"]!["properties"]!["endpointUrl"]!.GetValue<string>())
            .ToList();
        var folders = webhooks.SelectMany(url => WebhookFunction().Matches(url).Select(match => match.Groups[1].Value)).ToList();

        Assert.NotEmpty(webhooks);
        Assert.Equal(webhooks.Count, folders.Count);
        Assert.All(webhooks, url => Assert.Contains("/runtime/webhooks/blobs?", url, StringComparison.Ordinal));
        Assert.All(folders, folder =>
        {
            var functionJson = Path.Combine(RepositoryPaths.Root, folder, "function.json");
            Assert.True(File.Exists(functionJson), $"webhook names Host.Functions.{folder} but {functionJson} does not exist");
            var trigger = JsonNode.Parse(File.ReadAllText(functionJson))!["bindings"]!.AsArray()
                .Single(binding => string.Equals(binding!["type"]?.GetValue<string>(), "blobTrigger", StringComparison.OrdinalIgnoreCase))!;
            Assert.Equal("EventGrid", trigger["source"]?.GetValue<string>(), ignoreCase: true);
        });
    }

    [Fact]
    public void Function_app_runs_the_custom_handler_on_Flex_with_identity_deployment_and_a_warm_blob_group()
    {
        var app = template.OfType("Microsoft.Web/sites").Single().Properties!;
        var config = app["functionAppConfig"]!;
        var plan = template.OfType("Microsoft.Web/serverfarms").Single().Json;

        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("custom", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("1.0", config["runtime"]!["version"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", config["deployment"]!["storage"]!["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("[variables('deploymentContainerName')]", template.OfType("Microsoft.Web/sites").Single().ArgumentOf("deploymentContainerName"));
        Assert.Contains("'blob'", config["scaleAndConcurrency"]!["alwaysReady"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("[parameters('maximumInstanceCount')]", config["scaleAndConcurrency"]!["maximumInstanceCount"]!.GetValue<string>());
        Assert.True(app["httpsOnly"]!.GetValue<bool>());
        Assert.All(template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"), policy => Assert.False(policy.Properties!["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Application_Insights_accepts_only_Entra_authenticated_telemetry()
    {
        var insights = template.OfType("Microsoft.Insights/components").Single().Properties!;
        var workspace = template.OfType("Microsoft.OperationalInsights/workspaces").Single().Properties!;

        Assert.True(insights["DisableLocalAuth"]!.GetValue<bool>());
        Assert.NotNull(insights["WorkspaceResourceId"]);
        Assert.True(workspace["features"]!["disableLocalAuth"]!.GetValue<bool>());
    }

    [Fact]
    public void Outputs_name_the_app_the_storage_account_and_the_reprocess_url_and_carry_no_secret()
    {
        var outputs = template.Json["outputs"]!.AsObject();

        Assert.Equal(["EVENT_GRID_SYSTEM_TOPIC_NAME", "FUNCTION_APP_NAME", "REPROCESS_URL", "STORAGE_ACCOUNT_NAME"], outputs.Select(output => output.Key).Order(StringComparer.Ordinal));
        Assert.EndsWith("/api/reprocess', reference('functionApp').outputs.defaultHostName.value)]", outputs["REPROCESS_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var allOutputs = template.Resources.Select(resource => resource.Template["outputs"]).Append(template.Json["outputs"]).OfType<JsonObject>().SelectMany(map => map);
        Assert.All(allOutputs, output =>
        {
            Assert.DoesNotContain("secure", output.Value!["type"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("list", output.Value["value"]!.ToString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Keys_are_listed_only_inside_the_Event_Grid_webhook_url()
    {
        var webhookUrls = template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions")
            .Select(subscription => subscription.Properties!["destination"]!["properties"]!["endpointUrl"]!.GetValue<string>())
            .ToList();

        Assert.Equal(ListKeysCall().Count(template.Text), webhookUrls.Sum(url => ListKeysCall().Count(url)));
        Assert.Equal(1, webhookUrls.Sum(url => ListKeysCall().Count(url)));
        Assert.Contains(".systemKeys.blobs_extension", webhookUrls.Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("listAccountSas", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parameter_defaults_are_safe_for_production()
    {
        var parameters = template.Json["parameters"]!;

        Assert.True(parameters["privateNetwork"]!["defaultValue"]!.GetValue<bool>());
        Assert.False(parameters["deployEventSubscription"]!["defaultValue"]!.GetValue<bool>());
        Assert.Empty(parameters["allowedIpRanges"]!["defaultValue"]!.AsArray());
        Assert.InRange(parameters["maximumInstanceCount"]!["defaultValue"]!.GetValue<int>(), 40, 200);
        Assert.Equal(1000, parameters["maximumInstanceCount"]!["maxValue"]!.GetValue<int>());
        Assert.True(parameters["alwaysReadyBlobInstances"]!["defaultValue"]!.GetValue<int>() >= 1);
        Assert.Contains("ZRS", parameters["storageSku"]!["defaultValue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(parameters["logDailyQuotaGb"]!["defaultValue"]!.GetValue<int>() > 0);
        Assert.Equal("1.2", template.OfType("Microsoft.Web/sites").Single().Properties!["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Private_network_puts_blob_queue_and_table_behind_private_endpoints_and_the_firewall()
    {
        var endpoints = template.OfType("Microsoft.Network/privateEndpoints").Single();
        var network = endpoints.Deployment!;
        var account = template.OfType("Microsoft.Storage/storageAccounts").Single().Properties!;

        Assert.Equal("[parameters('privateNetwork')]", network.Json["condition"]!.GetValue<string>());
        Assert.Equal(["blob", "queue", "table"], endpoints.Template["variables"]!["storageServices"]!.AsArray().Select(service => service!.GetValue<string>()));
        Assert.Contains("environment().suffixes.storage", template.OfType("Microsoft.Network/privateDnsZones").Single().Json["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[if(parameters('privateNetwork'), 'Deny', 'Allow')]", account["networkAcls"]!["defaultAction"]!.GetValue<string>());
        Assert.Contains("Microsoft.App/environments", network.Json.ToJsonString(), StringComparison.Ordinal);
    }

    private static string ParameterName(string expression) => ParameterReference().Match(expression).Groups[1].Value;

    [GeneratedRegex(@"^\[parameters\('([^']+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"reference\('identity'\)\.outputs\.(\w+)\.value")]
    private static partial Regex IdentityOutput();

    [GeneratedRegex(@"resourceId\('([^']+)'")]
    private static partial Regex ScopeType();

    [GeneratedRegex(@"functionName=Host\.Functions\.([A-Za-z0-9_]+)&")]
    private static partial Regex WebhookFunction();

    [GeneratedRegex(@"\blistKeys\(")]
    private static partial Regex ListKeysCall();
}
