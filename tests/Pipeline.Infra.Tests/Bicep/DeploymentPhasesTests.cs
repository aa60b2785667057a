using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Tests.Shared;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>The two-phase deployment as azd runs it: the parameters file and the postprovision hook agree with the template.</summary>
public sealed partial class DeploymentPhasesTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    public void Parameters_file_turns_on_the_event_subscription_only_in_the_second_phase(string? deployEventSubscription, bool expected)
    {
        var environment = new Dictionary<string, string> { ["AZURE_ENV_NAME"] = "test", ["AZURE_LOCATION"] = "northeurope" };
        if (deployEventSubscription is not null)
        {
            environment["DEPLOY_EVENT_SUBSCRIPTION"] = deployEventSubscription;
        }

        var output = Path.Combine(Path.GetTempPath(), $"pipeline-params-{Guid.NewGuid():N}.json");
        try
        {
            var build = BicepCli.Run(environment, "build-params", InfraPaths.MainParameters, "--outfile", output);
            var parameters = JsonNode.Parse(File.ReadAllText(output))!["parameters"]!;

            Assert.Empty(build.Diagnostics);
            Assert.Equal(expected, parameters["deployEventSubscription"]!["value"]!.GetValue<bool>());
            Assert.Equal("test", parameters["environmentName"]!["value"]!.GetValue<string>());
            Assert.Equal("northeurope", parameters["location"]!["value"]!.GetValue<string>());
            Assert.True(parameters["privateNetwork"]!["value"]!.GetValue<bool>());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Postprovision_hook_exists_is_executable_and_reads_only_outputs_the_template_has()
    {
        var azureYaml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "azure.yaml"));
        var hookPath = HookRun().Match(azureYaml).Groups[1].Value;
        var hook = Path.Combine(RepositoryPaths.Root, hookPath);

        Assert.Equal("./infra/hooks/postprovision.sh", hookPath);
        Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        var script = File.ReadAllText(hook);
        var outputs = template.Json["outputs"]!.AsObject().Select(output => output.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("FUNCTION_APP_NAME", outputs);
        Assert.Contains("${FUNCTION_APP_NAME", script, StringComparison.Ordinal);
        Assert.Contains("DEPLOY_EVENT_SUBSCRIPTION=true", script, StringComparison.Ordinal);
        Assert.Contains("readEnvironmentVariable('DEPLOY_EVENT_SUBSCRIPTION'", File.ReadAllText(InfraPaths.MainParameters), StringComparison.Ordinal);
        Assert.Contains("eng/Package.proj", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"postprovision:\s*\n\s*posix:\s*\n(?:\s*\w+:.*\n)*?\s*run:\s*(\S+)")]
    private static partial Regex HookRun();
}
