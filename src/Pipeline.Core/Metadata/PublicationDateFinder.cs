using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Finds the publication and update dates, most trusted source first: JSON-LD, meta tags, dated elements near the heading, the URL, the breadcrumb trail, then written dates near the heading; a page with no address of its own, last, by the address it redirects to.</summary>
public sealed class PublicationDateFinder
{
    /// <summary>Markup dates this many days after the URL's date are a relaunch's, not the story's.</summary>
    private const int RelaunchGapDays = 31;

    /// <summary>How far after the heading a dateline's update may stand: a byline and a dateline or two.</summary>
    private const int MaxLeadChars = 240;

    private readonly MetadataRules _rules;
    private readonly DateNormalizer _normalizer;
    private readonly DateTextScanner _scanner;
    private readonly HashSet<string> _weakMetaNames;
    private readonly SlashedDateOrder _slashedDates;
    private readonly DatedElements _elements;
    private readonly TextDateReader _text;
    private readonly LastResortDateFinder _lastResort;
    private readonly BreadcrumbDate _breadcrumb;

    public PublicationDateFinder(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _scanner = DateTextScanner.For(rules);
        _normalizer = new DateNormalizer(_scanner);
        _weakMetaNames = new HashSet<string>(rules.WeakPublishedMetaNames, StringComparer.Ordinal);
        _slashedDates = new SlashedDateOrder(rules);
        var labels = new DateLabels(rules);
        _text = new TextDateReader(_scanner, labels);
        _elements = new DatedElements(_normalizer, labels, _text, new OtherWorkItem(rules));
        _lastResort = new LastResortDateFinder(rules, _normalizer, _scanner);
        _breadcrumb = new BreadcrumbDate(_scanner, labels);
    }

    public DateTextScanner Scanner => _scanner;

    /// <summary>The publication and update dates; <paramref name="language"/> (normalised tag, if known) says whether 03/04/2020 is March or April.</summary>
    /// <remarks>With <paramref name="document"/>, a page that shows no date at all is dated, as a last resort, from a &lt;time&gt; anywhere or a date in its scripts' data.</remarks>
    public PublicationDates Find(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, string? url, string? title, DateBounds bounds, string? language = null, IDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(jsonLd);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(head);
        var urlMonth = UrlMonth.Read(url, bounds);
        var dayFirst = SlashedDateOrder.ByUrlMonth(urlMonth, head.TextAfterHeading) ?? _slashedDates.DayFirst(language, url);
        var ranked = _elements.Rank(head, document, url);
        var modified = _normalizer.Normalize(jsonLd.DateModified, bounds) ?? FirstMeta(meta, _rules.UpdatedMetaNames, bounds);
        var updated = modified
            ?? _elements.Dates(ranked, head, bounds, dayFirst, wantUpdated: true).FirstOrDefault()
            ?? _elements.UpdateBesidePublication(ranked, bounds, dayFirst);
        var jsonLdDate = _normalizer.Normalize(jsonLd.DatePublished, bounds) ?? _normalizer.Normalize(jsonLd.DateCreated, bounds);
        var metaDate = FirstMeta(meta, _rules.PublishedMetaNames.Where(n => !_weakMetaNames.Contains(n)), bounds);
        var visible = _elements.Dates(ranked, head, bounds, dayFirst, wantUpdated: false).FirstOrDefault() ?? _text.TextDate(head.TextAfterHeading, bounds, dayFirst);
        // Two sources that agree outrank one: a JSON-LD date that both the publication meta and the page's shown date contradict is a stale template value.
        var urlDate = UrlDate.Read(url, bounds);
        var structured = jsonLdDate is not null && metaDate is not null && visible is not null && metaDate.Day == visible.Day && jsonLdDate.Day != visible.Day
            ? metaDate
            : jsonLdDate ?? ShownOverLoneMeta(metaDate, urlDate, ranked, head, bounds, dayFirst);
        var published = structured is not null ? OnVisibleDay(AsShown(structured, visible, modified), visible) : null;
        // A story is not published before its address was minted: a text or furniture date before the URL's month is a cited date or an older story's.
        PageDate? InUrlMonth(PageDate? date) => date is null || urlMonth is null || urlMonth.Admits(date) ? date : null;
        published ??= InUrlMonth(_text.LabelledTextDate(head.TextAfterHeading, bounds, dayFirst))
            ?? InUrlMonth(_elements.Dates(ranked, head, bounds, dayFirst, wantUpdated: false, afterHeadingOnly: true).FirstOrDefault())
            ?? InUrlMonth(FirstMeta(meta, _rules.PublishedMetaNames.Where(_weakMetaNames.Contains), bounds))
            ?? InUrlMonth(_normalizer.Normalize(jsonLd.OtherDatePublished, bounds))
            ?? InUrlMonth(_text.LineBelowHeadingDate(head.Heading, bounds, dayFirst))
            ?? InUrlMonth(_elements.Dates(ranked, head, bounds, dayFirst, wantUpdated: false).FirstOrDefault())
            ?? urlDate
            ?? InUrlMonth(document is null ? null : _breadcrumb.Find(document, bounds, dayFirst))
            ?? InUrlMonth(_text.LineAboveHeadingDate(head.Heading, bounds, dayFirst))
            ?? InUrlMonth(_elements.StoryUpdate(ranked, head, bounds, dayFirst))
            ?? InUrlMonth(_text.TextDate(head.TextAfterHeading, bounds, dayFirst))
            ?? InUrlMonth(_text.TextDate(head.TextBeforeHeading, bounds, dayFirst, last: true))
            ?? InUrlMonth(title is null ? null : _scanner.FindFirst(title, bounds, dayFirst))
            ?? InUrlMonth(_text.DescriptionDate(meta, bounds, dayFirst))
            ?? InUrlMonth(_text.PageTextDate(head.PageText, bounds, dayFirst))
            ?? InUrlMonth(UrlDate.Read(meta.First("og:image"), bounds))
            ?? InUrlMonth(document is null ? null : _lastResort.Find(document, url, bounds, dayFirst))
            // A bot check or interstitial that names no address of its own reloads the story's: that address dates it.
            ?? (url is null && document is not null ? UrlDate.Read(RedirectAddress.Read(document), bounds) : null);

        // A URL is minted when a story is first published; markup dates months after it come from a re-import or a relaunch.
        if (published is not null && urlDate is not null && published.Day.DayNumber > urlDate.Day.DayNumber + RelaunchGapDays)
        {
            published = urlDate;
        }

        // An update written in the lines under the heading ("By Jane Doe / Published March 5 | Updated March 6") that no element marks.
        if (updated is null && published is not null && _text.UpdateTextDate(Lead(head.TextAfterHeading), bounds, dayFirst) is { } stated && stated.Day >= published.Day)
        {
            updated = stated;
        }

        if (published is not null && updated is not null && updated.Day < published.Day)
        {
            updated = null;
        }

        return new PublicationDates(published, updated, published?.Instant is { Offset.Ticks: 0 } ? _elements.ShownDay(ranked, bounds, dayFirst) : null);
    }

    /// <summary>The first lines after the heading, where a byline and a dateline stand: further on, "updated on" is the story's own sentence.</summary>
    private static string Lead(string text) => text.Length <= MaxLeadChars ? text : text[..MaxLeadChars];

    /// <summary>
    /// A publication meta tag that nothing else on the page backs (no JSON-LD, no date in the address) gives way to the date the page
    /// renders twice under its heading, as a time element's stamp and as its text: a plugin's tag is restamped when a site moves or
    /// reimports its posts, the template's own date line is not.
    /// </summary>
    private PageDate? ShownOverLoneMeta(PageDate? metaDate, PageDate? urlDate, List<RankedDate> ranked, ArticleHead head, DateBounds bounds, bool dayFirst)
    {
        if (metaDate is null || (urlDate is not null && urlDate.Day == metaDate.Day))
        {
            return metaDate;
        }

        return _elements.ConfirmedStamp(ranked, head, bounds, dayFirst) is { } shown && shown.Day != metaDate.Day ? shown : metaDate;
    }

    /// <summary>
    /// A page that writes, as its date, the day its own data calls the last modification (a refreshed guide, a reissued post) is dated as
    /// written: two sources, the written day and the data's modification, agree against the data's first publication. A shown moment (a
    /// time element's stamp, "00:05") is a developing story's revision stamp, not the day it is dated by.
    /// </summary>
    private static PageDate AsShown(PageDate structured, PageDate? visible, PageDate? modified) =>
        visible is { HasTime: false } && modified is not null && visible.Day == modified.Day && visible.Day > structured.Day ? modified : structured;

    /// <summary>
    /// A machine-made UTC timestamp names the day in London; when the page shows the same moment one day earlier or later
    /// (an evening story in New York, an early-morning one in Moscow), the reader's day is the one shown.
    /// </summary>
    private static PageDate OnVisibleDay(PageDate structured, PageDate? visible)
    {
        if (visible is null || structured.Instant is not { } instant || instant.Offset != TimeSpan.Zero || instant.TimeOfDay == TimeSpan.Zero)
        {
            return structured;
        }

        if (visible.Instant is { } shown && shown == instant)
        {
            return visible;
        }

        var shift = visible.Day.DayNumber - structured.Day.DayNumber;
        // West of Greenwich the day can only be earlier, and only before 14:00 UTC; east of it later, and only after 10:00 UTC.
        var plausible = (shift == -1 && instant.Hour < 14) || (shift == 1 && instant.Hour >= 10);
        return plausible && visible.Instant is null
            ? new PageDate(visible.Day, visible.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), structured.Raw, null)
            : structured;
    }

    private PageDate? FirstMeta(MetaTags meta, IEnumerable<string> names, DateBounds bounds)
    {
        foreach (var name in names)
        {
            foreach (var value in meta.All(name))
            {
                if (_normalizer.Normalize(value, bounds) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }
}
