using System.Text.Json.Nodes;
using Pipeline.LocalHost;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class IdempotentDeliveryTests(LocalHostFixture fixture)
{
    // Delivered straight to the handler (not uploaded to raw), so the polling trigger cannot add deliveries of its own.
    private JsonObject Payload(string name, byte[] content) =>
        InvocationPayloads.BlobTrigger("raw", "raw", name, BinaryData.FromBytes(content), "\"0x8DEADBEEF\"", "text/plain", DateTimeOffset.UtcNow, new Uri(fixture.Raw.Uri, name));

    private static byte[] SeedBytes(int index) => File.ReadAllBytes(Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ElementAt(index));

    [Fact]
    public async Task Second_delivery_of_the_same_blob_is_a_no_op()
    {
        var name = "idempotent/sequential.txt";
        var content = SeedBytes(3);

        var (firstStatus, first) = await fixture.InvokeAsync("CleanArticle", Payload(name, content));
        var before = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;
        var (secondStatus, second) = await fixture.InvokeAsync("CleanArticle", Payload(name, content));
        var after = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;

        Assert.Equal(200, firstStatus);
        Assert.Equal(200, secondStatus);
        Assert.Equal("created", (string?)first!["ReturnValue"]!["status"]);
        Assert.Equal("unchanged", (string?)second!["ReturnValue"]!["status"]);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(before.LastModified, after.LastModified);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_the_same_blob_write_one_output()
    {
        var name = "idempotent/concurrent.txt";
        var content = SeedBytes(4);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.InvokeAsync("CleanArticle", Payload(name, content))));
        var before = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;
        var again = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => fixture.InvokeAsync("CleanArticle", Payload(name, content))));
        var after = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;

        Assert.All(results.Concat(again), r => Assert.Equal(200, r.Status));
        var statuses = results.Select(r => (string?)r.Body!["ReturnValue"]!["status"]).ToList();
        Assert.Equal(1, statuses.Count(s => s == "created"));
        Assert.Equal(3, statuses.Count(s => s == "unchanged"));
        Assert.All(again, r => Assert.Equal("unchanged", (string?)r.Body!["ReturnValue"]!["status"]));
        Assert.Equal(before.ETag, after.ETag);
        Assert.Single(await LocalHostFixture.ListAsync(fixture.Clean, "idempotent/concurrent"));
    }

    [Fact]
    public async Task Changed_content_replaces_the_output()
    {
        var name = "idempotent/changed.txt";
        await fixture.InvokeAsync("CleanArticle", Payload(name, SeedBytes(3)));
        var before = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;

        var (_, second) = await fixture.InvokeAsync("CleanArticle", Payload(name, SeedBytes(4)));
        var after = (await fixture.Clean.GetBlobClient(name + ".json").GetPropertiesAsync()).Value;

        Assert.Equal("replaced", (string?)second!["ReturnValue"]!["status"]);
        Assert.NotEqual(before.ETag, after.ETag);
    }

    [Fact]
    public async Task Content_replaced_by_an_unusable_file_is_quarantined_and_its_stale_clean_output_removed()
    {
        var name = "idempotent/replaced-by-empty.txt";
        var (_, first) = await fixture.InvokeAsync("CleanArticle", Payload(name, SeedBytes(2)));
        Assert.Equal("created", (string?)first!["ReturnValue"]!["status"]);
        Assert.True(await fixture.Clean.GetBlobClient(name + ".json").ExistsAsync());

        var (_, second) = await fixture.InvokeAsync("CleanArticle", Payload(name, []));

        Assert.Equal("quarantined", (string?)second!["ReturnValue"]!["status"]);
        Assert.False(await fixture.Clean.GetBlobClient(name + ".json").ExistsAsync());
        using var record = await fixture.ReadJsonAsync(fixture.Quarantine, name + ".json");
        Assert.Equal("Empty", record.RootElement.GetProperty("reason").GetString());

        var (_, third) = await fixture.InvokeAsync("CleanArticle", Payload(name, SeedBytes(2)));
        Assert.Equal("created", (string?)third!["ReturnValue"]!["status"]);
        Assert.False(await fixture.Quarantine.GetBlobClient(name + ".json").ExistsAsync());
    }
}
