using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Marks grids of teaser cards as removed: three or more sibling elements with the same tag and class list, each a short block led by a link
/// to another page (a linked title, often under a picture, with a line of teaser text). That is how pages list other stories ("Most popular",
/// "Latest articles", "Keep reading") whatever their class names say; an article's own paragraphs are not cut into equal short blocks that
/// each open with a link.
/// </summary>
public static class TeaserCardPruner
{
    /// <summary>Fewer cards in a row are not a grid: two linked boxes can be the story's own "before / after".</summary>
    public const int MinCards = 3;

    /// <summary>A card is a title and a line or two of teaser: longer blocks are text of their own.</summary>
    public const int MaxCardChars = 400;

    /// <summary>A card carries a teaser line besides its linked title; a bare linked name is a list entry (a ranking, a directory) that may be the content, and bare link runs are judged after rendering.</summary>
    public const int MinTeaserChars = 20;

    /// <summary>A label is a short title, looked for this many wrappers up from the first card.</summary>
    private const int MaxLabelChars = 60;

    private const int MaxLabelLevels = 3;

    /// <summary>A lone card is judged only where it follows prose: one at the head of a page section is the section's own title and lead.</summary>
    private const int MinProseBeforeLoneCard = 80;

    /// <summary>A lone card may open with a kicker ("Listen", "Read also") before its linked title.</summary>
    private const int MaxKickerChars = 30;

    /// <summary>The grids of a page never take more than this share of its body paragraphs: a page made of cards is a listing, judged elsewhere.</summary>
    private const double MaxShareOfBody = 0.5;

    /// <summary>Marks the teaser grids under <paramref name="body"/> in <paramref name="pruned"/>, measured by <paramref name="raw"/>.</summary>
    public static void Prune(IElement body, TextStatistics raw, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pruned);
        var cards = new List<IElement>();
        var gridParagraphs = 0;
        Visit(body);

        // A page whose cards hold most of its prose is a listing (a blog's front page, a press-release index): its cards are its content.
        if (cards.Count == 0 || gridParagraphs > MaxShareOfBody * raw[body].ParagraphChars)
        {
            return;
        }

        foreach (var card in cards)
        {
            pruned.Remove(card, RemovalReasons.Related);
        }

        void Visit(IElement parent)
        {
            // Most elements have too few children to hold a grid: walk into them without gathering a list.
            if (parent.ChildElementCount < MinCards)
            {
                IElement? previous = null;
                foreach (var child in parent.ElementChildren())
                {
                    if (!pruned.IsRemoved(child) && raw[child].TextChars > 0)
                    {
                        VisitOne(child, previous);
                        previous = child;
                    }
                }

                return;
            }

            var children = new List<IElement>(parent.ChildElementCount);
            foreach (var child in parent.ElementChildren())
            {
                if (!pruned.IsRemoved(child) && raw[child].TextChars > 0)
                {
                    children.Add(child);
                }
            }

            for (var i = 0; i < children.Count;)
            {
                var end = i + 1;
                while (end < children.Count && IsSameKind(children[i], children[end]))
                {
                    end++;
                }

                if (end - i >= MinCards && IsGrid(children, i, end))
                {
                    for (var j = i; j < end; j++)
                    {
                        cards.Add(children[j]);
                        gridParagraphs += raw[children[j]].ParagraphChars;
                    }

                    if (Label(children[i], body, raw, pruned) is { } label)
                    {
                        cards.Add(label);
                    }
                }
                else
                {
                    for (var j = i; j < end; j++)
                    {
                        VisitOne(children[j], j > 0 ? children[j - 1] : null);
                    }
                }

                i = end;
            }
        }

        void VisitOne(IElement element, IElement? previous)
        {
            if (previous is not null && raw[previous].ParagraphChars >= MinProseBeforeLoneCard && IsLoneCard(element, raw))
            {
                cards.Add(element);
                gridParagraphs += raw[element].ParagraphChars;
            }
            else
            {
                Visit(element);
            }
        }

        bool IsGrid(List<IElement> children, int start, int end)
        {
            for (var j = start; j < end; j++)
            {
                if (!IsCard(children[j], raw))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The title printed just before a grid ("Read more", "Most popular"), found before its first card or, when the card opens its wrapper,
    /// before that wrapper: with the cards gone it would label nothing.
    /// </summary>
    private static IElement? Label(IElement firstCard, IElement body, TextStatistics raw, PruneMap pruned)
    {
        var node = firstCard;
        for (var level = 0; level < MaxLabelLevels && node != body; level++)
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
                return s.TextChars <= MaxLabelChars && (isHeading || s.ParagraphChars == 0) ? previous : null;
            }

            node = node.ParentElement!;
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="element"/> is one teaser card set into the text: a single sub-heading that holds a link to another page, a
    /// line of teaser text after it, and at most a short kicker ("Listen", "More on this") before it. An article's own section is longer, or
    /// its heading is not a link away.
    /// </summary>
    private static bool IsLoneCard(IElement element, TextStatistics raw)
    {
        var s = raw[element];
        // A card holds its heading as a block child: leaves (most paragraphs) are skipped before any query.
        if (s.TextChars > MaxCardChars || !s.HasBlockChild || HtmlTags.IsHeading(element.TagName))
        {
            return false;
        }

        var headings = element.QuerySelectorAll("h2,h3,h4,h5,h6");
        if (headings.Length != 1 || headings[0].QuerySelector("a") is not { } link || !IsPageLink(element, link))
        {
            return false;
        }

        var heading = raw[headings[0]];
        if (heading.LinkChars * 10 < heading.TextChars * 4)
        {
            return false;
        }

        var textBefore = TextCharsBefore(element, headings[0], raw);
        var teaser = s.TextChars - heading.TextChars - textBefore;
        return textBefore <= MaxKickerChars && teaser >= MinTeaserChars && s.LinkChars < s.TextChars - teaser + MinTeaserChars;
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

    /// <summary>Siblings of one grid share the tag and a non-empty class list; paragraphs, rows and cells are text structure, not cards.</summary>
    private static bool IsSameKind(IElement first, IElement other)
    {
        if (first.TagName != other.TagName || first.TagName is "P" or "TR" or "TD" or "TH" or "SPAN" or "A" or "BR")
        {
            return false;
        }

        var cls = first.GetAttribute("class");
        return !string.IsNullOrWhiteSpace(cls) && cls == other.GetAttribute("class");
    }

    private static bool IsCard(IElement element, TextStatistics raw)
    {
        var s = raw[element];
        return s.TextChars <= MaxCardChars && s.LinkChars > 0 && s.TextChars - s.LinkChars >= MinTeaserChars && LeadsWithLink(element);
    }

    /// <summary>Whether the block's title is a link to another page: its first text sits in a link, or a heading in it is (or holds) one.</summary>
    private static bool LeadsWithLink(IElement card)
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

    private static bool IsPageLink(IElement card, IElement? link) =>
        link is not null && card.Contains(link) && PageLink.LeadsAway(link.GetAttribute("href"));
}
