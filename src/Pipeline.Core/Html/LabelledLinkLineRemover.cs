using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops a paragraph that is one link opening with a related-links label and a colon ("Related: Chicago is America's most segregated city",
/// "READ MORE: …"): the label set inside the link, where <see cref="CrossReferenceLine"/> looks for it before the link.
/// </summary>
public sealed class LabelledLinkLineRemover(TeaserLabelPhrases labels)
{
    /// <summary>A label is a few words: "Related", "Lesen Sie auch", "Te puede interesar".</summary>
    private const int MaxLabelChars = 40;

    /// <summary>Longer than a headline with its label: a linked paragraph of story text.</summary>
    private const int MaxLineChars = 300;

    /// <summary>Returns <paramref name="blocks"/> without the labelled link lines; each one dropped is recorded in <paramref name="removed"/>.</summary>
    public IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        return BlockDropper.Drop(blocks, removed, RemovalReasons.Related, IsLabelledLink);
    }

    private bool IsLabelledLink(TextBlock block)
    {
        if (!block.IsLink || block.Kind is not (TextBlockKind.Paragraph or TextBlockKind.ListItem) || block.Text.Length > MaxLineChars)
        {
            return false;
        }

        var colon = block.Text.AsSpan(0, Math.Min(block.Text.Length, MaxLabelChars + 1)).IndexOfAny(':', '：');
        return colon > 0 && !block.Text.AsSpan(colon + 1).IsWhiteSpace() && labels.Matches(block.Text[..colon].Trim());
    }
}
