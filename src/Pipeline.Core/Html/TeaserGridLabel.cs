using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// The title printed just before a grid of teaser cards ("Read more", "Most popular"), found before its first card or, when the card opens
/// its wrapper, before that wrapper: with the cards gone it would label nothing.
/// </summary>
internal static class TeaserGridLabel
{
    /// <summary>A label is a short title.</summary>
    private const int MaxChars = 60;

    /// <summary>Wrappers climbed from the first card in search of the label.</summary>
    private const int MaxLevels = 3;

    /// <summary>The label of the grid that <paramref name="firstCard"/> opens, or null when the block before it is no short title.</summary>
    public static IElement? Of(IElement firstCard, IElement body, TextStatistics raw, PruneMap pruned)
    {
        var node = firstCard;
        for (var level = 0; level < MaxLevels && node != body; level++)
        {
            IElement? previous = null;
            foreach (var sibling in node.ParentElement!.ElementChildren())
            {
                if (sibling == node)
                {
                    break;
                }

                if (!pruned.IsRemoved(sibling) && raw[sibling].TextChars > 0)
                {
                    previous = sibling;
                }
            }

            if (previous is not null)
            {
                var s = raw[previous];
                var isHeading = HtmlTags.IsHeading(previous.TagName) || previous.QuerySelector("h1,h2,h3,h4,h5,h6") is not null;
                return s.TextChars <= MaxChars && (isHeading || s.ParagraphChars == 0) ? previous : null;
            }

            node = node.ParentElement!;
        }

        return null;
    }
}
