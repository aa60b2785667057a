using Pipeline.Core.Rules;
using Pipeline.Core.Text;

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
}
