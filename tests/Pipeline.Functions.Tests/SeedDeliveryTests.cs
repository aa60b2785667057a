using System.Text.Json;
using Pipeline.Core.Output;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class SeedDeliveryTests(LocalHostFixture fixture)
{
    private static readonly string[] Seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ToArray();

    private async Task UploadSeedsAsync(string prefix)
    {
        foreach (var seed in Seeds)
        {
            await fixture.Raw.GetBlobClient(prefix + Path.GetFileName(seed)).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(seed)), overwrite: true);
        }
    }

    [Fact]
    public async Task Uploaded_seeds_become_clean_documents_stamped_with_their_source()
    {
        await UploadSeedsAsync("seeds-a/");

        Assert.Equal(5, Seeds.Length);
        foreach (var seed in Seeds)
        {
            var name = "seeds-a/" + Path.GetFileName(seed);
            var properties = await LocalHostFixture.WaitForBlobAsync(fixture.Clean, name + ".json");
            var raw = (await fixture.Raw.GetBlobClient(name).GetPropertiesAsync()).Value;
            var content = (await fixture.Clean.GetBlobClient(name + ".json").DownloadContentAsync()).Value.Content;
            var result = CleanResultJson.Deserialize(content.ToMemory().Span);

            Assert.NotNull(result);
            Assert.Equal(name, result.Source.Name);
            Assert.NotEmpty(result.Articles);
            Assert.All(result.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
            Assert.Equal(result.Pipeline.Version, properties.Metadata["pipeline_version"]);
            Assert.Equal(result.Pipeline.RulesSha256, properties.Metadata["rules_sha256"]);
            var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(seed)));
            Assert.Equal(sha256, properties.Metadata["source_sha256"]);
            Assert.Equal(sha256, result.Source.Sha256);
            Assert.Equal(raw.ETag.ToString(), properties.Metadata["source_etag"]);
            Assert.False(await fixture.Quarantine.GetBlobClient(name + ".json").ExistsAsync());
        }
    }

    [Fact]
    public async Task Seed_titles_match_the_spec()
    {
        await UploadSeedsAsync("seeds-b/");
        using var spec = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Shared, "spec", "seeds.expected.json")));

        foreach (var seed in Seeds)
        {
            var name = "seeds-b/" + Path.GetFileName(seed);
            await LocalHostFixture.WaitForBlobAsync(fixture.Clean, name + ".json");
            var result = CleanResultJson.Deserialize((await fixture.Clean.GetBlobClient(name + ".json").DownloadContentAsync()).Value.Content.ToMemory().Span)!;
            var expected = spec.RootElement.GetProperty(Path.GetFileName(seed)).GetProperty("titles").EnumerateArray().Select(t => t.GetString()).ToList();

            Assert.Equal(expected, result.Articles.Select(a => a.Title).ToList());
        }
    }
}
