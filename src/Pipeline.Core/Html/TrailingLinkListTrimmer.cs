using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops a titled list of links that closes the text ("More Great Stories" over a list of other headlines): after the article's last
/// paragraph, a heading over three or more short list items that each carry a link points to other pages. The same list higher up may be
/// the article's own (highlights, products, sources), so only the closing one goes.
/// </summary>
public static class TrailingLinkListTrimmer
{
    /// <summary>Fewer items are a pair of sources, not a list of other stories.</summary>
    public const int MinItems = 3;

    /// <summary>An item is a headline-long line.</summary>
    public const int MaxItemChars = 200;

    /// <summary>A title over the list is a short line.</summary>
    public const int MaxTitleChars = 60;

    /// <summary>Returns <paramref name="blocks"/> without a closing titled link list; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Trim(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        var start = blocks.Count;
        while (start > 0 && blocks[start - 1] is { Kind: TextBlockKind.ListItem, HasLink: true } item && item.Text.Length <= MaxItemChars)
        {
            start--;
        }

        var title = start - 1;
        if (blocks.Count - start < MinItems || title < 1 || !IsTitle(blocks[title]))
        {
            return blocks;
        }

        for (var i = title; i < blocks.Count; i++)
        {
            removed.Record(RemovalReasons.Related, blocks[i].Text);
        }

        return blocks.Take(title).ToList();
    }

    /// <summary>A heading, or a short line set apart that does not end like a sentence (a styled div).</summary>
    private static bool IsTitle(TextBlock block) =>
        block.Kind is TextBlockKind.Heading or TextBlockKind.Paragraph
        && !block.HasLink
        && block.Text.Length <= MaxTitleChars
        && (block.Kind == TextBlockKind.Heading || block.Text[^1] is not ('.' or '!' or '?' or '"' or '”' or ')'));
}
