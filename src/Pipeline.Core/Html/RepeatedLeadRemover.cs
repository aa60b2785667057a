using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops a block among the first few that a later, longer paragraph opens with: a dek, a summary bullet, a summary set as a block quote
/// or a teaser line that the page prints above the story and the story then repeats as its first sentence ("The technology vision
/// document, which was formalised …").
/// The words stay in the text once, where the story tells them. A line repeated elsewhere in a paragraph (a test page's lorem ipsum,
/// a quotation) is not a lead's repetition and stays.
/// </summary>
public static class RepeatedLeadRemover
{
    /// <summary>Only the blocks a page prints before the story's own first paragraphs are looked at.</summary>
    private const int LeadBlocks = 3;

    /// <summary>Shorter lines ("Updated", "Foto") open many paragraphs by chance.</summary>
    private const int MinChars = 30;

    /// <summary>Returns <paramref name="blocks"/> without the repeated lead lines; each is recorded in <paramref name="removed"/> as a duplicate.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        var lead = Math.Min(LeadBlocks, blocks.Count);
        var repeated = new HashSet<TextBlock>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < lead; i++)
        {
            if (blocks[i].Kind is TextBlockKind.Paragraph or TextBlockKind.ListItem or TextBlockKind.Heading or TextBlockKind.Quote && OpensLaterParagraph(blocks, i))
            {
                repeated.Add(blocks[i]);
            }
        }

        return repeated.Count == 0 ? blocks : BlockDropper.Drop(blocks, removed, RemovalReasons.Duplicate, repeated.Contains);
    }

    /// <summary>Whether a later paragraph starts with the block's words (its closing stop aside) and goes on past a word's end.</summary>
    private static bool OpensLaterParagraph(IReadOnlyList<TextBlock> blocks, int index)
    {
        var words = blocks[index].Text.AsSpan().TrimEnd(".…:;, ");
        if (words.Length < MinChars)
        {
            return false;
        }

        for (var j = index + 1; j < blocks.Count; j++)
        {
            var text = blocks[j].Text;
            if (blocks[j].Kind == TextBlockKind.Paragraph && text.Length > words.Length && text.AsSpan().StartsWith(words, StringComparison.Ordinal)
                && !char.IsLetterOrDigit(text[words.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
