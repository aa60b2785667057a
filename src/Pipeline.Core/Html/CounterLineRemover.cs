using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops blocks that are a bare counter ("1", "2.", "(3)", "4/50", a slideshow's "1 of 6" or "1 von 17"): the numbers a page prints beside ranked items, slides or list entries as
/// badges of their own. They are layout; a sentence, a heading or a list item carries its number in its text, and table cells are data.
/// </summary>
public static partial class CounterLineRemover
{
    /// <summary>A counter is a few characters: longer number-only lines are not looked at.</summary>
    private const int MaxCounterChars = 12;

    /// <summary>Returns <paramref name="blocks"/> without its counter lines; dropped lines are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        return BlockDropper.Drop(blocks, removed, RemovalReasons.Boilerplate,
            block => block.Kind == TextBlockKind.Paragraph && block.Text.Length <= MaxCounterChars && Counter().IsMatch(block.Text));
    }

    [GeneratedRegex(@"^\W*\d{1,3}(?:\s*/\s*\d{1,3}|\s+(?:of|von|de|sur|di|van|av|z|из)\s+\d{1,3})?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();
}
