using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Output;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class CompressedDeliveryTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Gzipped_page_in_raw_is_cleaned_as_the_page_inside_and_raw_keeps_the_compressed_bytes()
    {
        const string name = "compressed/fundus-de-page.html.gz";
        var page = Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "de"), "*.html.gz").Order(StringComparer.Ordinal).First();
        var stored = await File.ReadAllBytesAsync(page);
        var raw = fixture.Raw.GetBlobClient(name);
        await raw.UploadAsync(BinaryData.FromBytes(stored), overwrite: true);

        await LocalHostFixture.WaitForBlobAsync(fixture.Clean, name + ".json");
        var content = (await fixture.Clean.GetBlobClient(name + ".json").DownloadContentAsync()).Value.Content;
        var result = CleanResultJson.Deserialize(content.ToMemory().Span);
        var expected = new ArticleCleaner().Clean(new RawInput(DatasetFiles.ReadGzip(page), "page.html"));

        Assert.NotNull(result);
        Assert.Equal(("gzip", stored.Length, RawInput.HashOf(stored)), (result.Source.Compression, result.Source.Bytes, result.Source.Sha256));
        Assert.True(expected.Succeeded);
        Assert.Equal(expected.Result.Articles.Select(a => (a.Title, a.Text)), result.Articles.Select(a => (a.Title, a.Text)));
        Assert.Equal(stored, (await raw.DownloadContentAsync()).Value.Content.ToArray());
    }
}
