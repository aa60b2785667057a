using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Tells the date of another story's teaser (a link to another page, a list item beside another story's title) from the page's own.</summary>
internal static class TeaserDate
{
    /// <summary>A link holding more text than this is a block of content, not a teaser.</summary>
    public const int MaxTeaserLength = 600;

    /// <summary>A teaser's link names a story in a few words at least; a byline's author link or a category link is shorter.</summary>
    private const int MinTeaserTitleWords = 4;

    /// <summary>A teaser card's date stands this many blocks below the card at most.</summary>
    private const int MaxCardDepth = 3;

    /// <summary>
    /// A date inside a link to another page, or in a list item beside one whose text reads as a title ("Weitere Pressemitteilungen":
    /// &lt;li&gt;&lt;time&gt;…&lt;/time&gt;&lt;a href="/news/other-story"&gt;Wieviel Haus kann ich mir leisten?&lt;/a&gt;&lt;/li&gt;), dates that other story, not this one.
    /// </summary>
    public static bool DatesOtherStory(IElement element, Uri? page)
    {
        if (element.Closest("a[href]") is { } link)
        {
            return LeadsElsewhere(link, page) && WordCount(link.TextContent) - WordCount(element.TextContent) >= MinTeaserTitleWords;
        }

        if (element.Closest("li") is { } item && ElementText.Length(item, MaxTeaserLength) < MaxTeaserLength && HoldsOtherTitle(item, element, page, asHeadline: false))
        {
            return true;
        }

        // A card built of blocks (<div class="teaser"><span class="date">…</span><h3><a href="/other-story">…</a></h3></div>) dates the story
        // its headline links to, a few levels up at most; a topic or category link beside the page's own date is no headline. The climb stops
        // at a block too long for a card or holding a main heading, the story's own head.
        var card = element;
        for (var level = 0; level < MaxCardDepth && card.ParentElement is { LocalName: not ("body" or "html") } parent; level++)
        {
            card = parent;
            if (ElementText.Length(card, MaxTeaserLength) >= MaxTeaserLength || HoldsDescendant(card, static e => e.LocalName == "h1"))
            {
                return false;
            }

            if (HoldsOtherTitle(card, element, page, asHeadline: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="card"/> holds, beside <paramref name="date"/>, a link to another page whose text reads as a title (set as a headline, when asked).</summary>
    private static bool HoldsOtherTitle(IElement card, IElement date, Uri? page, bool asHeadline)
    {
        foreach (var child in card.ElementChildren())
        {
            // A link inside the date element is the date's own (to the day's archive); a title beside it names another story.
            if (child == date)
            {
                continue;
            }

            if (child.LocalName == "a" && child.HasAttribute("href") && LeadsElsewhere(child, page) && WordCount(child.TextContent) >= MinTeaserTitleWords
                && (!asHeadline || InsideHeadline(child) || HoldsDescendant(child, IsHeadline)))
            {
                return true;
            }

            if (HoldsOtherTitle(child, date, page, asHeadline))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeadline(IElement element) => HtmlTags.IsHeading(element.TagName) && element.TagName[1] != '1';

    private static bool InsideHeadline(IElement element)
    {
        for (var ancestor = element; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (IsHeadline(ancestor))
            {
                return true;
            }
        }

        return false;
    }

    // Walked by hand: AngleSharp parses a selector string anew on every QuerySelector call, and these run for every dated element.
    private static bool HoldsDescendant(IElement element, Func<IElement, bool> match)
    {
        foreach (var child in element.ElementChildren())
        {
            if (match(child) || HoldsDescendant(child, match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="href"/> leads to another page than <paramref name="page"/>.</summary>
    public static bool LinksElsewhere(string href, Uri page) =>
        !Uri.TryCreate(page, href, out var target)
        || !string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase)
        || !string.Equals(target.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);

    private static bool LeadsElsewhere(IElement link, Uri? page)
    {
        var href = link.GetAttribute("href");
        return PageLink.LeadsAway(href) && (page is null || LinksElsewhere(href!, page));
    }

    /// <summary>Words in <paramref name="text"/>: runs of non-space characters, counted without splitting.</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
