using System.Text.Json;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class QuarantineTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("quarantine-case/empty.html", "Empty")]
    [InlineData("quarantine-case/binary.bin", "Binary")]
    [InlineData("quarantine-case/oversized.txt", "TooLarge")]
    [InlineData("quarantine-case/nested.html", "TreeTooDeep")]
    public async Task Unusable_blob_is_quarantined_with_its_reason_and_raw_is_untouched(string name, string reason)
    {
        byte[] content = reason switch
        {
            "Empty" => [],
            "Binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66],
            // 1 MB of unclosed blocks: the parse itself is stopped (it once held the handler for minutes, past the page's budget).
            "TreeTooDeep" => System.Text.Encoding.UTF8.GetBytes("<html><body><p>The council met on Tuesday.</p>" + string.Concat(Enumerable.Repeat("<div>", 200_000))),
            _ => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The council met on Tuesday. ", LocalHostFixture.MaxInputBytes / 20))),
        };
        var raw = fixture.Raw.GetBlobClient(name);
        await raw.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        var rawBefore = (await raw.GetPropertiesAsync()).Value;

        await LocalHostFixture.WaitForBlobAsync(fixture.Quarantine, name + ".json");
        using var record = await fixture.ReadJsonAsync(fixture.Quarantine, name + ".json");
        var rawAfter = (await raw.GetPropertiesAsync()).Value;

        Assert.Equal(reason, record.RootElement.GetProperty("reason").GetString());
        Assert.Equal(name, record.RootElement.GetProperty("name").GetString());
        Assert.Equal(rawBefore.ETag.ToString(), record.RootElement.GetProperty("sourceETag").GetString());
        Assert.True(record.RootElement.GetProperty("attempts").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(record.RootElement.GetProperty("error").GetString()));
        Assert.Equal(rawBefore.ETag, rawAfter.ETag);
        Assert.Equal(rawBefore.LastModified, rawAfter.LastModified);
        Assert.False(await fixture.Clean.GetBlobClient(name + ".json").ExistsAsync());
        Assert.Equal(JsonValueKind.String, record.RootElement.GetProperty("rulesSha256").ValueKind);
    }

    [Fact]
    public async Task Page_without_article_text_is_quarantined_with_its_metadata_in_the_published_schema()
    {
        const string name = "quarantine-case/argus.html";
        await fixture.Raw.GetBlobClient(name).UploadAsync(BinaryData.FromString(NoArticlePages.Paywalled), overwrite: true);

        await LocalHostFixture.WaitForBlobAsync(fixture.Quarantine, name + ".json");
        using var record = await fixture.ReadJsonAsync(fixture.Quarantine, name + ".json");
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "schema", "quarantine-record.v1.schema.json")));

        Assert.Empty(new SchemaConformanceChecker(schema.RootElement).Check(record.RootElement));
        Assert.Equal("NoArticle", record.RootElement.GetProperty("reason").GetString());
        var metadata = record.RootElement.GetProperty("metadata");
        Assert.Equal("Woman hurt after being hit by car in Station Street, Eastbourne", metadata.GetProperty("title").GetString());
        Assert.Equal("2020-09-06T19:23:03+00:00", metadata.GetProperty("publishedAt").GetString());
        Assert.Equal("Harry Bullmore", metadata.GetProperty("authors")[0].GetString());
        Assert.False(await fixture.Clean.GetBlobClient(name + ".json").ExistsAsync());
    }
}
