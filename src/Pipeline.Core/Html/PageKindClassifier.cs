using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Tells index pages (many linked teasers, no dominant body) from article pages.</summary>
public static class PageKindClassifier
{
    private const int MinTeasers = 10;
    private const int ArticleBodyChars = 1200;

    public static PageKind Classify(IElement body, MainContent content, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var bodyChars = content.Parts.Sum(p => stats[p].ParagraphChars);
        if (bodyChars >= ArticleBodyChars)
        {
            return PageKind.Article;
        }

        // Teasers: headings whose text is a link, outside removed blocks.
        var teasers = 0;
        foreach (var heading in body.QuerySelectorAll("h2 a, h3 a, h4 a"))
        {
            if (!pruned.IsInsideRemoved(heading) && heading.TextContent.Trim().Length > 15 && ++teasers >= MinTeasers)
            {
                return PageKind.Listing;
            }
        }

        return PageKind.Article;
    }
}
