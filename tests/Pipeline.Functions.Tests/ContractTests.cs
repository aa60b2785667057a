using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Functions.Functions;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class ContractTests(LocalHostFixture fixture)
{
    private static readonly string[] FunctionFolders = Directory.GetDirectories(RepositoryPaths.Root)
        .Where(d => File.Exists(Path.Combine(d, "function.json")))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)
        .ToArray()!;

    [Fact]
    public async Task Every_function_folder_has_a_handler_endpoint_and_the_reverse()
    {
        Assert.Equal(FunctionNames.All.Order(StringComparer.Ordinal), FunctionFolders);
        foreach (var name in FunctionFolders)
        {
            using var response = await fixture.Http.PostAsync(new Uri(fixture.Host.Handler.BaseAddress, name), new StringContent("{}"));
            Assert.NotEqual(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }

        using var missing = await fixture.Http.PostAsync(new Uri(fixture.Host.Handler.BaseAddress, "NoSuchFunction"), new StringContent("{}"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public void Host_json_matches_what_the_handler_assumes()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")));
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal(ReprocessArticleFunction.MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal("handler/Pipeline.Functions", host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
    }

    [Fact]
    public void Clean_article_trigger_is_an_event_grid_binary_blob_trigger_on_raw()
    {
        using var function = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CleanArticle", "function.json")));
        var trigger = function.RootElement.GetProperty("bindings")[0];

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("raw/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("binary", trigger.GetProperty("dataType").GetString());
        Assert.Equal(AppSettingNames.StorageConnection, trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("blob-trigger.json", "CleanArticle", null)]
    [InlineData("queue-trigger-not-a-job.json", "ReprocessArticle", null)]
    [InlineData("http-reprocess-dry-run.json", "Reprocess", 200)]
    [InlineData("http-status-unknown-job.json", "ReprocessStatus", 404)]
    [InlineData("http-health.json", "Health", 200)]
    public async Task Host_payload_fixture_gets_a_response_the_host_can_read(string fixtureFile, string function, int? httpStatus)
    {
        var payload = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", fixtureFile)))!;

        var (status, body) = await fixture.InvokeAsync(function, payload);

        Assert.Equal(200, status);
        Assert.NotNull(body);
        Assert.IsType<JsonObject>(body["Outputs"]);
        Assert.IsType<JsonArray>(body["Logs"]);
        Assert.True(((JsonObject)body).ContainsKey("ReturnValue"));
        if (httpStatus is { } expected)
        {
            var res = body["Outputs"]!["res"]!;
            Assert.Equal(expected, (int)res["statusCode"]!);
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse((string)res["body"]!).RootElement.ValueKind);
            Assert.StartsWith("application/json", (string?)res["headers"]!["Content-Type"]);
        }
    }

    [Fact]
    public async Task Blob_fixture_with_double_encoded_metadata_is_cleaned_under_its_unwrapped_name()
    {
        var payload = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", "blob-trigger.json")))!;

        var (_, body) = await fixture.InvokeAsync("CleanArticle", payload);

        Assert.Equal("fixtures/council.txt", (string?)body!["ReturnValue"]!["name"]);
        Assert.True(await fixture.Clean.GetBlobClient("fixtures/council.txt.json").ExistsAsync());
    }
}
