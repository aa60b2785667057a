using Pipeline.Core.Output;
using Pipeline.Storage;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class OutputBlobNameTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(1019)]
    public void A_raw_name_that_leaves_room_gets_json_appended(int length)
    {
        var raw = new string('a', length);

        Assert.Equal(raw + ".json", OutputBlobName.For(raw));
    }

    [Theory]
    [InlineData(1020)]
    [InlineData(1024)]
    public void A_raw_name_near_the_limit_is_cut_and_marked_with_its_hash_to_exactly_the_limit(int length)
    {
        var raw = "news/" + new string('a', length - 5);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(raw)))[..16];

        var output = OutputBlobName.For(raw);

        Assert.Equal(OutputBlobName.MaxChars, output.Length);
        Assert.Equal(raw[..1002] + "~" + hash + ".json", output);
        Assert.NotEqual(output, OutputBlobName.For(raw[..^1] + "b"));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var raw = new string('a', 1001) + "😀" + new string('b', 20);

        var output = OutputBlobName.For(raw);

        Assert.Equal(OutputBlobName.MaxChars - 1, output.Length);
        Assert.Equal(new string('a', 1001) + "~", output[..1002]);
    }

    [Fact]
    public async Task Raw_blob_whose_name_is_within_five_characters_of_the_limit_is_cleaned_into_a_name_azure_accepts()
    {
        // Azure refuses names over 1,024 characters (Azurite does not check): "{name}.json" could never have been written.
        var name = "long-name/" + new string('x', 1012 - ".html".Length) + ".html";
        Assert.Equal(1022, name.Length);
        await fixture.Raw.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "samples", "library-reopens.html"))), overwrite: true);

        var output = OutputBlobName.For(name);
        await LocalHostFixture.WaitForBlobAsync(fixture.Clean, output);
        var content = (await fixture.Clean.GetBlobClient(output).DownloadContentAsync()).Value.Content;
        var result = CleanResultJson.Deserialize(content.ToMemory().Span);

        Assert.Equal(1024, output.Length);
        Assert.NotNull(result);
        Assert.Equal(name, result.Source.Name);
        Assert.False(await fixture.Clean.GetBlobClient(name + ".json").ExistsAsync());
    }

    [Theory]
    [InlineData("odd-name/Zürich 2024 #1 ?x=1&y=%20+.html")]
    [InlineData("odd-name/百科/記事.html")]
    [InlineData("odd-name/a%2Fb%252F.html")]
    [InlineData("odd-name/two dots..html")]
    [InlineData("odd-name/emoji 😀.html")]
    public async Task Raw_blob_with_spaces_escapes_and_any_script_in_its_name_is_cleaned_under_that_name(string name)
    {
        await fixture.Raw.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "samples", "library-reopens.html"))), overwrite: true);

        await LocalHostFixture.WaitForBlobAsync(fixture.Clean, name + ".json");
        var content = (await fixture.Clean.GetBlobClient(name + ".json").DownloadContentAsync()).Value.Content;
        var result = CleanResultJson.Deserialize(content.ToMemory().Span);

        Assert.NotNull(result);
        Assert.Equal(name, result.Source.Name);
    }
}
