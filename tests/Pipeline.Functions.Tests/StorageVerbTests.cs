using Pipeline.Cli.Commands;
using Pipeline.Core.Output;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

/// <summary>The CLI's storage verbs (upload, show, status) against the collection's Azurite and pipeline.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class StorageVerbTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Uploaded_samples_are_cleaned_and_show_prints_the_clean_document()
    {
        var stdout = new StringWriter();

        var exit = await UploadCommand.RunAsync(Path.Combine(RepositoryPaths.Root, "samples"), "verbs/", fixture.Host.ConnectionString, stdout, CancellationToken.None);

        Assert.Equal(0, exit);
        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"));
        Assert.EndsWith($"{samples.Length} file(s) uploaded to raw/verbs/", stdout.ToString().TrimEnd(), StringComparison.Ordinal);
        var raw = (await fixture.Raw.GetBlobClient("verbs/river-blog-index.txt").GetPropertiesAsync()).Value;
        Assert.Equal("text/plain", raw.ContentType);

        await LocalHostFixture.WaitForBlobAsync(fixture.Clean, "verbs/river-blog-index.txt.json");
        var shown = new StringWriter();
        var shownFrom = new StringWriter();
        var showExit = await ShowCommand.RunAsync("verbs/river-blog-index.txt", fixture.Host.ConnectionString, shown, shownFrom, CancellationToken.None);

        Assert.Equal(0, showExit);
        Assert.Equal("clean/verbs/river-blog-index.txt.json", shownFrom.ToString().Trim());
        var document = CleanResultJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(shown.ToString()))!;
        Assert.Equal("verbs/river-blog-index.txt", document.Source.Name);
        Assert.Equal(2, document.Articles.Count);
    }

    [Fact]
    public async Task Show_names_both_places_it_looked_when_nothing_was_delivered()
    {
        var stderr = new StringWriter();

        var exit = await ShowCommand.RunAsync("verbs/never-uploaded.txt", fixture.Host.ConnectionString, new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal("error: neither clean/verbs/never-uploaded.txt.json nor quarantine/verbs/never-uploaded.txt.json exists (not delivered yet, or a different name).", stderr.ToString().Trim());
    }

    [Fact]
    public async Task Status_counts_blobs_per_container()
    {
        var stdout = new StringWriter();

        var exit = await StatusCommand.RunAsync(fixture.Host.ConnectionString, 3, stdout, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("raw ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("blob(s)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("queue reprocess ", StringComparison.Ordinal));
    }
}
