using System.Text.Json;
using Pipeline.Cli.Commands;
using Pipeline.Tests.Shared;

namespace Pipeline.Cli.Tests.Commands;

public sealed class CleanCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("clean-cli-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Cleaning_the_seeds_folder_writes_one_document_per_seed_and_one_line_per_file()
    {
        var outDir = Path.Combine(_work.FullName, "out");
        var stdout = new StringWriter();

        var exit = await CleanCommand.RunAsync([RepositoryPaths.Seeds], outDir, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var seeds = Directory.EnumerateFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var outputs = Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(seeds.Select(s => s + ".json"), outputs);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seeds.Count + 1, lines.Length);
        Assert.All(seeds, s => Assert.Contains(lines, l => l.Contains($"] {s}: ", StringComparison.Ordinal) && l.Contains("article(s)", StringComparison.Ordinal)));
        Assert.StartsWith("5 file(s): 5 cleaned, 0 not cleaned, 0 unreadable", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_folders_keep_their_relative_paths_and_bad_inputs_get_a_quarantine_record()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work.FullName, "in", "2016", "09"));
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "002_60298ffe5bee1918.txt"), Path.Combine(input.FullName, "page.txt"));
        File.WriteAllBytes(Path.Combine(input.FullName, "photo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        File.WriteAllBytes(Path.Combine(input.FullName, "empty.txt"), []);
        var outDir = Path.Combine(_work.FullName, "out");

        var exit = await CleanCommand.RunAsync([Path.Combine(_work.FullName, "in")], outDir, new StringWriter(), new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(outDir, "2016", "09", "page.txt.json")));
        using var png = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "2016", "09", "photo.png.quarantine.json")));
        Assert.Equal("Binary", png.RootElement.GetProperty("reason").GetString());
        Assert.Equal("Input is not text: PNG image.", png.RootElement.GetProperty("message").GetString());
        using var empty = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "2016", "09", "empty.txt.quarantine.json")));
        Assert.Equal("Empty", empty.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_page_without_article_text_gets_a_quarantine_record_with_the_metadata_it_states()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work.FullName, "in"));
        File.WriteAllText(Path.Combine(input.FullName, "argus.html"), NoArticlePages.Paywalled);
        var outDir = Path.Combine(_work.FullName, "out");

        var exit = await CleanCommand.RunAsync([input.FullName], outDir, new StringWriter(), new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "argus.html.quarantine.json")));
        Assert.Equal("NoArticle", record.RootElement.GetProperty("reason").GetString());
        var metadata = record.RootElement.GetProperty("metadata");
        Assert.Equal("Woman hurt after being hit by car in Station Street, Eastbourne", metadata.GetProperty("title").GetString());
        Assert.Equal("Harry Bullmore", metadata.GetProperty("authors")[0].GetString());
        Assert.Equal("2020-09-06T19:23:03+00:00", metadata.GetProperty("publishedAt").GetString());
        Assert.Equal("https://www.theargus.co.uk/news/18701511.woman-hurt-hit-car-station-street-eastbourne/", metadata.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_missing_path_exits_non_zero_with_a_clear_message_and_writes_nothing()
    {
        var stderr = new StringWriter();
        var outDir = Path.Combine(_work.FullName, "out");
        var missing = Path.Combine(_work.FullName, "no-such-folder");

        var exit = await CleanCommand.RunAsync([missing], outDir, new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Equal($"error: No such file or folder: {missing}", stderr.ToString().Trim());
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task A_single_file_argument_is_named_after_the_file()
    {
        var outDir = Path.Combine(_work.FullName, "out");

        var exit = await CleanCommand.RunAsync([Path.Combine(RepositoryPaths.Seeds, "004_2047e7551b5503ae.txt")], outDir, new StringWriter(), new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(["004_2047e7551b5503ae.txt.json"], Directory.EnumerateFiles(outDir).Select(Path.GetFileName));
    }
}
