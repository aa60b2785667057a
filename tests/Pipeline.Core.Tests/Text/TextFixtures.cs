using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Text;

/// <summary>Shared inputs for the text-stage tests: the shipped rules and a way to turn lines into blocks.</summary>
internal static class TextFixtures
{
    public static TextPatterns Patterns { get; } = new(RuleSet.Embedded.Text);

    /// <summary>Reads lines as a page would give them ("" is a blank line).</summary>
    public static IReadOnlyList<TextBlock> Page(params string[] lines) => TextBlockReader.Read(string.Join("\n", lines));

    /// <summary>What a line's removal reason is shown as when the line is kept.</summary>
    public const string Kept = "kept";

    public static string[] Reasons(IReadOnlyList<TextBlock> blocks) => blocks.Select(b => b.Removal ?? Kept).ToArray();

    /// <summary>The one article the engine cleans from the w3m dump of the AEB page whose id starts with <paramref name="id"/>.</summary>
    public static Article CleanDump(string id)
    {
        var path = Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "aeb-text", "w3m"), id + "*.txt").Single();
        return Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(File.ReadAllText(path)), "dump.txt", "text/plain", null)).Result!.Articles);
    }
}
