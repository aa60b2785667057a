using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// One teaser card set into the text on its own, not in a grid: a single sub-heading that holds a link to another page, a line of teaser
/// text after it, and at most a short kicker ("Listen", "More on this") before it. An article's own section is longer, or its heading is
/// not a link away.
/// </summary>
internal static class LoneTeaserCard
{
    /// <summary>A lone card is judged only where it follows prose: one at the head of a page section is the section's own title and lead.</summary>
    public const int MinProseBefore = 80;

    /// <summary>A lone card may open with a kicker ("Listen", "Read also") before its linked title.</summary>
    private const int MaxKickerChars = 30;

    /// <summary>Whether <paramref name="element"/> is a lone teaser card (see <see cref="LoneTeaserCard"/>).</summary>
    public static bool Is(IElement element, TextStatistics raw)
    {
        var s = raw[element];
        // A card holds its heading as a block child: leaves (most paragraphs) are skipped before any query.
        if (s.TextChars > TeaserCardPruner.MaxCardChars || !s.HasBlockChild || HtmlTags.IsHeading(element.TagName))
        {
            return false;
        }

        var headings = element.QuerySelectorAll("h2,h3,h4,h5,h6");
        if (headings.Length != 1)
        {
            return false;
        }

        // The title's link sits in the heading (and makes up most of it) or, as a block link, wraps the whole heading.
        var heading = raw[headings[0]];
        // A block link around the heading may wrap the teaser line too: that one link is the card's, and only other links count against it.
        var linkChars = s.LinkChars;
        var linkInside = TeaserCard.IsPageLink(element, headings[0].QuerySelector("a")) && heading.LinkChars * 10 >= heading.TextChars * 4;
        if (!linkInside)
        {
            var wrapping = WrappingLink(headings[0], element);
            if (!TeaserCard.IsPageLink(element, wrapping))
            {
                return false;
            }

            linkChars -= raw[wrapping!].TextChars - heading.TextChars;
        }

        var textBefore = TextCharsBefore(element, headings[0], raw);
        var teaser = s.TextChars - heading.TextChars - textBefore;
        return textBefore <= MaxKickerChars && teaser >= TeaserCardPruner.MinTeaserChars && linkChars < s.TextChars - teaser + TeaserCardPruner.MinTeaserChars;
    }

    /// <summary>The link around <paramref name="heading"/> inside <paramref name="card"/>, if any; the walk stops at the card, not at the root.</summary>
    private static IElement? WrappingLink(IElement heading, IElement card)
    {
        for (var node = heading.ParentElement; node is not null; node = node.ParentElement)
        {
            if (node.TagName == "A")
            {
                return node;
            }

            if (node == card)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Characters of <paramref name="container"/>'s text that come before <paramref name="target"/> (which it holds).</summary>
    private static int TextCharsBefore(IElement container, IElement target, TextStatistics raw)
    {
        var chars = 0;
        var node = target;
        while (node != container)
        {
            foreach (var sibling in node.ParentElement!.ElementChildren())
            {
                if (sibling == node)
                {
                    break;
                }

                chars += raw[sibling].TextChars;
            }

            node = node.ParentElement!;
        }

        return chars;
    }
}
