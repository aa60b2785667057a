using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// A short label worded as a teaser label ("Auch interessant", "Lesen Sie auch", "Para saber más") right before a box that leads to another page:
/// a short block with a link away, or a block already removed. Structure alone cannot tell such a label from a section's own title over a link;
/// the wording can, and it goes with the box wherever the two sit.
/// </summary>
internal static class PhrasedTeaserLabel
{
    /// <summary>A label is a few words.</summary>
    public const int MaxLabelChars = 60;

    /// <summary>A box of links is a linked title and a line of teaser at most; a teaser card may run longer.</summary>
    private const int MaxBoxChars = 300;

    /// <summary>At least this share of a box of links sits in links (its title): a paragraph with a link in it is prose.</summary>
    private const double MinBoxLinkShare = 1.0 / 3;

    /// <summary>Any box leads away by its title: at least this share of its text sits in links, however long its teaser line.</summary>
    private const double MinLinkShare = 1.0 / 5;

    /// <summary>Whether an element so measured may be a label at all: a few words and no link.</summary>
    public static bool MayLabel(NodeStats label) => label.TextChars is > 0 and <= MaxLabelChars && label.LinkChars == 0;

    /// <summary>
    /// As <see cref="MayLabel(NodeStats)"/>, but a link the pruner has taken does not count: a heading's own edit control ("See also [edit]")
    /// leaves it a label. Only a short element with links is searched, so the walk is rare.
    /// </summary>
    public static bool MayLabel(IElement element, NodeStats label, PruneMap pruned)
    {
        if (MayLabel(label))
        {
            return true;
        }

        if (label.TextChars is 0 or > MaxLabelChars)
        {
            return false;
        }

        foreach (var link in element.QuerySelectorAll("a"))
        {
            if (!pruned.IsInsideRemoved(link))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="label"/> (which <see cref="MayLabel(IElement, NodeStats, PruneMap)"/> let through) labels the box after it: <paramref name="next"/>, the next element
    /// with text still in the page, or <paramref name="removedBetween"/>, the first removed one with text between the two (a related list a class
    /// names). <paramref name="box"/> is <paramref name="next"/> when that is the box, or null when the box was already removed and only the label is
    /// left to go.
    /// </summary>
    public static bool Labels(IElement label, IElement next, IElement? removedBetween, TextStatistics raw, TeaserLabelPhrases phrases, out IElement? box)
    {
        box = null;
        var s = raw[next];
        if (label.TagName is "A" or "LI" or "TD" or "TH" or "DT" or "DD" || (removedBetween is null && (s.LinkChars < MinLinkShare * s.TextChars || s.TextChars > TeaserCardPruner.MaxCardChars)))
        {
            return false;
        }

        // The wording is read only now, and the box's shape last: most short blocks before a short linked one are no label.
        if (!phrases.Matches(ElementText.Folded(label, MaxLabelChars + 1))
            || (removedBetween is null && !((IsShortLinkedBlock(s) && HoldsPageLink(next)) || TeaserCard.Is(next, raw) || LoneTeaserCard.Is(next, raw))))
        {
            return false;
        }

        box = removedBetween is null ? next : null;
        return true;
    }

    private static bool IsShortLinkedBlock(NodeStats box) => box.TextChars <= MaxBoxChars && box.LinkChars >= MinBoxLinkShare * box.TextChars;

    private static bool HoldsPageLink(IElement element)
    {
        if (element.TagName == "A")
        {
            return PageLink.LeadsAway(element.GetAttribute("href"));
        }

        foreach (var link in element.QuerySelectorAll("a[href]"))
        {
            if (PageLink.LeadsAway(link.GetAttribute("href")))
            {
                return true;
            }
        }

        return false;
    }
}
