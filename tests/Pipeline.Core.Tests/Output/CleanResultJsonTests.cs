using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Output;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Output;

public class CleanResultJsonTests
{
    private static readonly ArticleCleaner Cleaner = new();

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Output_of_every_seed_conforms_to_the_published_json_schema(string seed)
    {
        var json = Serialize(seed);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "schema", "clean-result.v1.schema.json")));
        using var document = JsonDocument.Parse(json);

        var errors = new SchemaConformanceChecker(schema.RootElement).Check(document.RootElement);

        Assert.Empty(errors);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        Assert.Equal(Serialize("003_d1e5349e2d036e46.txt"), Serialize("003_d1e5349e2d036e46.txt"));
    }

    [Fact]
    public void Output_carries_source_facts_and_the_rules_hash()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, "001_45462b0256a40011.txt"));
        var result = Cleaner.Clean(new RawInput(bytes, "001_45462b0256a40011.txt", "text/plain")).Result!;

        using var document = JsonDocument.Parse(CleanResultJson.Serialize(result));
        var root = document.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("text", root.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(bytes.Length, root.GetProperty("source").GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), root.GetProperty("source").GetProperty("sha256").GetString());
        Assert.Equal(Cleaner.Rules.Sha256, root.GetProperty("pipeline").GetProperty("rulesSha256").GetString());
        Assert.Equal(PageKind.Article, result.PageKind);
    }

    [Fact]
    public void Serialized_output_reads_back_to_an_equal_document()
    {
        var json = Serialize("004_2047e7551b5503ae.txt");

        var roundTripped = CleanResultJson.Deserialize(json)!;

        Assert.Equal(json, CleanResultJson.Serialize(roundTripped));
    }

    private static byte[] Serialize(string seed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, seed));
        var outcome = Cleaner.Clean(new RawInput(bytes, seed));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return CleanResultJson.Serialize(outcome.Result);
    }
}
