using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class ReprocessTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Forced_reprocess_of_a_prefix_recleans_exactly_those_blobs_and_the_job_completes()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ToArray();
        string[] inside = ["reprocess/in/a.txt", "reprocess/in/b.txt", "reprocess/in/c.txt"];
        const string outside = "reprocess/out/d.txt";
        for (var i = 0; i < inside.Length; i++)
        {
            await fixture.Raw.GetBlobClient(inside[i]).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(seeds[i + 1])), overwrite: true);
        }

        await fixture.Raw.GetBlobClient(outside).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(seeds[4])), overwrite: true);
        var before = new Dictionary<string, Azure.ETag>();
        foreach (var name in inside.Append(outside))
        {
            before[name] = (await LocalHostFixture.WaitForBlobAsync(fixture.Clean, name + ".json")).ETag;
        }

        var api = fixture.Host.ApiBaseAddress;
        using var dry = await fixture.Http.PostAsJsonAsync(new Uri(api, "api/reprocess"), new { prefix = "reprocess/in/", dryRun = true });
        var dryBody = JsonNode.Parse(await dry.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(3, (int)dryBody["count"]!);
        Assert.Null(dryBody["jobId"]);

        using var accepted = await fixture.Http.PostAsJsonAsync(new Uri(api, "api/reprocess"), new { prefix = "reprocess/in/", force = true });
        var body = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(3, (int)body["count"]!);
        var jobId = (string)body["jobId"]!;

        JsonNode status;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        do
        {
            await Task.Delay(300);
            using var response = await fixture.Http.GetAsync(new Uri(api, "api/reprocess/" + jobId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        while ((string?)status["state"] != "completed" && DateTime.UtcNow < deadline);

        Assert.Equal("completed", (string?)status["state"]);
        Assert.Equal(3, (int)status["total"]!);
        Assert.Equal(3, (int)status["done"]!);
        Assert.Equal(0, (int)status["queued"]!);
        Assert.Equal(0, (int)status["failed"]!);
        foreach (var name in inside)
        {
            Assert.NotEqual(before[name], (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value.ETag);
        }

        Assert.Equal(before[outside], (await fixture.Clean.GetBlobClient(outside + ".json").GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task Status_of_an_unknown_job_is_404_and_health_is_200()
    {
        using var unknown = await fixture.Http.GetAsync(new Uri(fixture.Host.ApiBaseAddress, "api/reprocess/20260101T000000-000000000000"));
        using var health = await fixture.Http.GetAsync(new Uri(fixture.Host.ApiBaseAddress, "api/health"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", (string?)JsonNode.Parse(await health.Content.ReadAsStringAsync())!["status"]);
    }
}
