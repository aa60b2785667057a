using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The date a page's breadcrumb trail shows as an item of its own ("Startseite › Kulturfragen › “Wir dekorieren …” › 01.05.2017", or a
/// publication stamp set in the trail's bar): the trail names this very page, so its date is the story's. The head scan leaves
/// breadcrumbs out as navigation; this reads them apart, only for pages no nearer evidence dated.
/// </summary>
internal sealed class BreadcrumbDate(DateTextScanner scanner, DateLabels labels)
{
    /// <summary>A trail's date item is a date with at most a time and a label; a longer item is a title or a teaser.</summary>
    private const int MaxItemLength = 60;

    /// <summary>A trail holds a few links and names; a longer region that calls itself a breadcrumb is a page section.</summary>
    private const int MaxTrailLength = 600;

    /// <summary>Letters a date item may carry beside its label: a time's "Uhr", "AM", "h".</summary>
    private const int MaxTimeLetters = 3;

    // Schema.org's BreadcrumbList and the "breadcrumb" class name are how templates in every language mark the trail.
    private const string TrailSelector = "[class*='breadcrumb' i], [id*='breadcrumb' i], [itemtype*='BreadcrumbList' i]";

    /// <summary>The first date a breadcrumb trail shows as a whole item, not introduced as an update.</summary>
    public PageDate? Find(IDocument document, DateBounds bounds, bool dayFirst)
    {
        foreach (var trail in document.Body?.QuerySelectorAll(TrailSelector) ?? Enumerable.Empty<IElement>())
        {
            // The outermost trail element is read once; the items of a trail nested in it are among its own.
            if (trail.ParentElement?.Closest(TrailSelector) is not null || ElementText.Length(trail, MaxTrailLength) >= MaxTrailLength)
            {
                continue;
            }

            foreach (var item in trail.QuerySelectorAll("*"))
            {
                if (ItemDate(item, bounds, dayFirst) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>The date of an item whose whole text is that date (with a time or a publication label), else null.</summary>
    private PageDate? ItemDate(IElement item, DateBounds bounds, bool dayFirst)
    {
        if ((item.ChildElementCount > 0 && item.Children.Any(c => ElementText.Length(c, 1) > 0)) || ElementText.Length(item, MaxItemLength) >= MaxItemLength)
        {
            return null;
        }

        var text = ElementText.All(item);
        if (scanner.Scan(text, bounds, dayFirst).FirstOrDefault() is not { } found)
        {
            return null;
        }

        var before = text[..found.Index];
        var after = text[(found.Index + found.Length)..];
        var labelled = before.Any(char.IsLetter);
        if (labelled && !labels.Published.IsMatch(before.TrimEnd()))
        {
            return null;
        }

        return after.Count(char.IsLetter) <= MaxTimeLetters ? found.Date : null;
    }
}
