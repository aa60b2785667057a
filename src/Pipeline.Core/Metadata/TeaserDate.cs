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

        if (element.Closest("li") is not { } item || ElementText.Length(item, MaxTeaserLength) >= MaxTeaserLength)
        {
            return false;
        }

        foreach (var other in item.QuerySelectorAll("a[href]"))
        {
            // A link inside the date element is the date's own (to the day's archive); a title beside it names another story.
            if (!element.Contains(other) && LeadsElsewhere(other, page) && WordCount(other.TextContent) >= MinTeaserTitleWords)
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
