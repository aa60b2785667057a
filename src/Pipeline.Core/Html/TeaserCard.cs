using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>One teaser card of a grid: a short block led by a link to another page, with a line of teaser text besides the link.</summary>
internal static class TeaserCard
{
    /// <summary>Whether <paramref name="element"/> reads as a card: short, linked, with a teaser line, its title a link away.</summary>
    public static bool Is(IElement element, TextStatistics raw)
    {
        var s = raw[element];
        return s.TextChars <= TeaserCardPruner.MaxCardChars && s.LinkChars > 0 && s.TextChars - s.LinkChars >= TeaserCardPruner.MinTeaserChars && LeadsWithLink(element);
    }

    /// <summary>Siblings of one grid share the tag and a non-empty class list; paragraphs, rows and cells are text structure, not cards.</summary>
    public static bool IsSameKind(IElement first, IElement other)
    {
        if (first.TagName != other.TagName || first.TagName is "P" or "TR" or "TD" or "TH" or "SPAN" or "A" or "BR")
        {
            return false;
        }

        var cls = first.GetAttribute("class");
        return !string.IsNullOrWhiteSpace(cls) && cls == other.GetAttribute("class");
    }

    /// <summary>Whether <paramref name="link"/> sits in <paramref name="card"/> and leads to another page.</summary>
    public static bool IsPageLink(IElement card, IElement? link) =>
        link is not null && card.Contains(link) && PageLink.LeadsAway(link.GetAttribute("href"));

    /// <summary>Whether the block's title is a link to another page: its first text sits in a link, or a heading in it is (or holds) one.</summary>
    public static bool LeadsWithLink(IElement card)
    {
        foreach (var heading in card.QuerySelectorAll("h1,h2,h3,h4,h5,h6"))
        {
            if (IsPageLink(card, heading.Closest("a")) || IsPageLink(card, heading.QuerySelector("a")))
            {
                return true;
            }
        }

        return FirstText(card) is { } text && IsPageLink(card, text.ParentElement?.Closest("a"));
    }

    private static INode? FirstText(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                if (!string.IsNullOrWhiteSpace(child.TextContent))
                {
                    return child;
                }
            }
            else if (child is IElement e && !HtmlTags.Invisible.Contains(e.TagName) && FirstText(e) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
