using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Marks grids of teaser cards as removed: three or more sibling elements with the same tag and class list, each a short block led by a link
/// to another page (a linked title, often under a picture, with a line of teaser text). That is how pages list other stories ("Most popular",
/// "Latest articles", "Keep reading") whatever their class names say; an article's own paragraphs are not cut into equal short blocks that
/// each open with a link. A block that opens with a related-links label (<see cref="LabelledSection"/>) goes whole, whatever its teasers hold.
/// </summary>
public static class TeaserCardPruner
{
    /// <summary>Fewer cards in a row are not a grid: two linked boxes can be the story's own "before / after".</summary>
    public const int MinCards = 3;

    /// <summary>A card is a title and a line or two of teaser: longer blocks are text of their own.</summary>
    public const int MaxCardChars = 400;

    /// <summary>A card carries a teaser line besides its linked title; a bare linked name is a list entry (a ranking, a directory) that may be the content, and bare link runs are judged after rendering.</summary>
    public const int MinTeaserChars = 20;

    /// <summary>Labelled sections are left alone when removing them would leave less prose than this: the page is made of them.</summary>
    private const int MinProseLeft = 200;

    /// <summary>The grids of a page never take more than this share of its body paragraphs: a page made of cards is a listing, judged elsewhere.</summary>
    private const double MaxShareOfBody = 0.5;

    /// <summary>
    /// Marks the teaser grids and lone cards under <paramref name="body"/> in <paramref name="pruned"/>, measured by <paramref name="raw"/>, and the
    /// boxes labelled in the wording of <paramref name="labels"/> with their labels.
    /// </summary>
    public static void Prune(IElement body, TextStatistics raw, PruneMap pruned, TeaserLabelPhrases? labels = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pruned);
        var cards = new List<IElement>();
        var sections = new List<IElement>();
        var gridParagraphs = 0;
        var sectionParagraphs = 0;
        Visit(body);

        // A labelled section is removed whatever share of the prose its teasers hold, unless nothing would be left of the page's prose.
        if (sectionParagraphs + MinProseLeft <= raw[body].ParagraphChars)
        {
            sections.ForEach(section => pruned.Remove(section, RemovalReasons.Related));
        }

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
            if (labels is not null && parent != body && LabelledSection.Is(parent, raw, pruned, labels))
            {
                sections.Add(parent);
                sectionParagraphs += raw[parent].ParagraphChars;
                return;
            }

            // Most elements have too few children to hold a grid: walk into them without gathering a list.
            // Besides the previous child with text, each child is given the first removed one with text since then: a label before a box
            // already removed is judged with it (sibling links are not followed: AngleSharp finds a node's sibling by a search of its parent).
            IElement? removedSince = null;
            if (parent.ChildElementCount < MinCards)
            {
                IElement? previous = null;
                foreach (var child in parent.ElementChildren())
                {
                    if (pruned.IsRemoved(child))
                    {
                        removedSince ??= previous is not null && raw[child].TextChars > 0 ? child : null;
                    }
                    else if (raw[child].TextChars > 0)
                    {
                        VisitOne(child, previous, removedSince);
                        previous = child;
                        removedSince = null;
                    }
                }

                return;
            }

            var children = new List<IElement>(parent.ChildElementCount);
            // Few children follow a removed one: those few are listed by their index in children.
            List<(int Index, IElement Removed)>? removedBefore = null;
            foreach (var child in parent.ElementChildren())
            {
                if (pruned.IsRemoved(child))
                {
                    removedSince ??= children.Count > 0 && raw[child].TextChars > 0 ? child : null;
                }
                else if (raw[child].TextChars > 0)
                {
                    if (removedSince is not null)
                    {
                        (removedBefore ??= []).Add((children.Count, removedSince));
                        removedSince = null;
                    }

                    children.Add(child);
                }
            }

            for (var i = 0; i < children.Count;)
            {
                var end = i + 1;
                while (end < children.Count && TeaserCard.IsSameKind(children[i], children[end]))
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

                    if (TeaserGridLabel.Of(children[i], body, raw, pruned) is { } label)
                    {
                        cards.Add(label);
                    }
                }
                else
                {
                    for (var j = i; j < end; j++)
                    {
                        VisitOne(children[j], j > 0 ? children[j - 1] : null, RemovedBefore(removedBefore, j));
                    }
                }

                i = end;
            }
        }

        void VisitOne(IElement element, IElement? previous, IElement? removedBetween)
        {
            if (previous is not null)
            {
                var before = raw[previous];
                if (labels is not null && PhrasedTeaserLabel.MayLabel(previous, before, pruned) && PhrasedTeaserLabel.Labels(previous, element, removedBetween, raw, labels, out var box))
                {
                    cards.Add(previous);
                    if (box is not null)
                    {
                        cards.Add(box);
                        gridParagraphs += raw[box].ParagraphChars;
                        return;
                    }
                }

                if (before.ParagraphChars >= LoneTeaserCard.MinProseBefore && LoneTeaserCard.Is(element, raw))
                {
                    cards.Add(element);
                    gridParagraphs += raw[element].ParagraphChars;
                    return;
                }
            }

            Visit(element);
        }

        bool IsGrid(List<IElement> children, int start, int end)
        {
            for (var j = start; j < end; j++)
            {
                if (!TeaserCard.Is(children[j], raw))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static IElement? RemovedBefore(List<(int Index, IElement Removed)>? removedBefore, int index)
    {
        if (removedBefore is not null)
        {
            foreach (var (at, removed) in removedBefore)
            {
                if (at == index)
                {
                    return removed;
                }
            }
        }

        return null;
    }
}
