using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops short paragraphs whose wording gives them away as something other than the story, where no class marks them: reader appeals
/// (subscribe, newsletter, follow us, get the app, log in, donate) and disclosures, or caption lines printed as plain paragraphs ("… Foto: Andina").
/// </summary>
public sealed class PatternParagraphRemover
{
    private readonly Regex? _pattern;
    private readonly int _maxChars;
    private readonly string _reason;
    private readonly bool _headings;

    /// <param name="patterns">Regular expressions (case-insensitive) from the rules.</param>
    /// <param name="maxChars">Longer paragraphs are article text that happens to match.</param>
    /// <param name="reason">The removal reason recorded for dropped paragraphs.</param>
    /// <param name="headings">Whether headings are judged too: an appeal set as a heading ("Nichts mehr versäumen!") is still an appeal, while a caption never is one.</param>
    public PatternParagraphRemover(IReadOnlyList<string> patterns, int maxChars, string reason, bool headings = false)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _maxChars = maxChars;
        _reason = reason;
        _headings = headings;
        _pattern = RuleAlternation.Compile(patterns);
    }

    /// <summary>Returns <paramref name="blocks"/> without the matching paragraphs; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        if (_pattern is null)
        {
            return blocks;
        }

        List<TextBlock>? kept = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Matches(block))
            {
                kept ??= blocks.Take(i).ToList();
                removed.Record(_reason, block.Text);
                continue;
            }

            kept?.Add(block);
        }

        return kept ?? blocks;
    }

    private bool Matches(TextBlock block) =>
        (block.Kind is TextBlockKind.Paragraph or TextBlockKind.ListItem || (_headings && block.Kind == TextBlockKind.Heading))
        && block.Text.Length <= _maxChars
        && _pattern!.IsMatch(block.Text);
}
