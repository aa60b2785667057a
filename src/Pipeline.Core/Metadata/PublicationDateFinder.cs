using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Finds the publication and update dates, most trusted source first: JSON-LD, meta tags, dated elements near the heading, the URL, then written dates near the heading.</summary>
public sealed partial class PublicationDateFinder
{
    /// <summary>Markup dates this many days after the URL's date are a relaunch's, not the story's.</summary>
    private const int RelaunchGapDays = 31;

    /// <summary>A line longer than this beside the headline is text, not a dateline.</summary>
    private const int MaxDateLineLength = 120;

    /// <summary>A dateline's raw text, layout spaces included, stays under this.</summary>
    private const int MaxIndentedLineLength = 1000;

    /// <summary>A link holding more text than this is a block of content, not a teaser.</summary>
    private const int MaxTeaserLength = 600;

    /// <summary>A label of a label/value pair ("Datum", "Mise en ligne") is a few words.</summary>
    private const int MaxLabelLength = 30;

    /// <summary>A line about the page ("… wurde am 19. Mai 2010 gepostet und unter Lesenswert abgelegt") is a sentence or two.</summary>
    private const int MaxAboutLineLength = 300;

    /// <summary>A teaser's link names a story in a few words at least; a byline's author link or a category link is shorter.</summary>
    private const int MinTeaserTitleWords = 4;

    /// <summary>A teaser card's date stands this many blocks below the card at most.</summary>
    private const int MaxCardDepth = 3;

    private static readonly string[] DescriptionMetaNames = ["description", "og:description"];

    private readonly MetadataRules _rules;
    private readonly DateNormalizer _normalizer;
    private readonly DateTextScanner _scanner;
    private readonly Regex _updatedLabel;
    private readonly Regex _publishedLabel;
    private readonly Regex _ignoredLabel;
    private readonly HashSet<string> _weakMetaNames;
    private readonly HashSet<string> _monthFirst;
    private readonly HashSet<string> _dayFirstHosts;
    private readonly Regex _scriptDateKey;
    private readonly HashSet<string> _publishedLabelSet;
    private readonly ClassIdPattern _commentRegions;

    public PublicationDateFinder(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _scanner = new DateTextScanner(rules);
        _normalizer = new DateNormalizer(_scanner);
        _updatedLabel = LabelBefore(rules.UpdatedLabels);
        _publishedLabel = LabelBefore(rules.PublishedLabels);
        _ignoredLabel = LabelBefore(rules.IgnoredDateLabels);
        _weakMetaNames = new HashSet<string>(rules.WeakPublishedMetaNames, StringComparer.Ordinal);
        _monthFirst = new HashSet<string>(rules.MonthFirstLanguages, StringComparer.OrdinalIgnoreCase);
        _dayFirstHosts = new HashSet<string>(rules.DayFirstHosts, StringComparer.OrdinalIgnoreCase);
        // "key":"2020-01-02T..." also when the JSON sits escaped inside a string (\"key\":\"...\").
        _publishedLabelSet = new HashSet<string>(rules.PublishedLabels, StringComparer.OrdinalIgnoreCase);
        _commentRegions = ClassIdPattern.OfWords(rules.CommentRegionPatterns);
        _scriptDateKey = new Regex(@"\\?""(?:" + string.Join("|", rules.ScriptDateKeys.Select(Regex.Escape)) + @")\\?""\s*:\s*\\?""(?<v>(?:19|20)\d{2}-\d{2}-\d{2}[^""\\]{0,30})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>A label that ends the text before a date, allowing two filler words, punctuation and layout spaces ("Erschienen am:", "Updated on -").</summary>
    private static Regex LabelBefore(IEnumerable<string> labels) =>
        new(@"(?<!\p{L})(?:" + string.Join("|", labels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + @")(?!\p{L})\W{0,3}\s*(?:\p{L}+\W{0,3}\s*){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public DateTextScanner Scanner => _scanner;

    /// <summary>The publication and update dates; <paramref name="language"/> (normalised tag, if known) says whether 03/04/2020 is March or April.</summary>
    /// <remarks>With <paramref name="document"/>, a page that shows no date at all is dated, as a last resort, from a &lt;time&gt; anywhere or a date in its scripts' data.</remarks>
    public PublicationDates Find(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, string? url, string? title, DateBounds bounds, string? language = null, IDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(jsonLd);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(head);
        var dayFirst = WritesDayFirst(language, url);
        var ranked = Rank(head, document, url);
        var updated = _normalizer.Normalize(jsonLd.DateModified, bounds)
            ?? FirstMeta(meta, _rules.UpdatedMetaNames, bounds)
            ?? ElementDates(ranked, head, bounds, dayFirst, wantUpdated: true).FirstOrDefault();
        var jsonLdDate = _normalizer.Normalize(jsonLd.DatePublished, bounds) ?? _normalizer.Normalize(jsonLd.DateCreated, bounds);
        var metaDate = FirstMeta(meta, _rules.PublishedMetaNames.Where(n => !_weakMetaNames.Contains(n)), bounds);
        var visible = ElementDates(ranked, head, bounds, dayFirst, wantUpdated: false).FirstOrDefault() ?? TextDate(head.TextAfterHeading, bounds, dayFirst);
        // Two sources that agree outrank one: a JSON-LD date that both the publication meta and the page's shown date contradict is a stale template value.
        var structured = jsonLdDate is not null && metaDate is not null && visible is not null && metaDate.Day == visible.Day && jsonLdDate.Day != visible.Day
            ? metaDate
            : jsonLdDate ?? metaDate;
        var urlDate = UrlDate(url, bounds);
        var published = structured is not null ? OnVisibleDay(structured, visible) : null;
        published ??= LabelledTextDate(head.TextAfterHeading, bounds, dayFirst)
            ?? ElementDates(ranked, head, bounds, dayFirst, wantUpdated: false, afterHeadingOnly: true).FirstOrDefault()
            ?? FirstMeta(meta, _rules.PublishedMetaNames.Where(_weakMetaNames.Contains), bounds)
            ?? _normalizer.Normalize(jsonLd.OtherDatePublished, bounds)
            ?? ElementDates(ranked, head, bounds, dayFirst, wantUpdated: false).FirstOrDefault()
            ?? urlDate
            ?? LineAboveHeadingDate(head.Heading, bounds, dayFirst)
            ?? TextDate(head.TextAfterHeading, bounds, dayFirst)
            ?? TextDate(head.TextBeforeHeading, bounds, dayFirst, last: true)
            ?? (title is null ? null : _scanner.FindFirst(title, bounds, dayFirst))
            ?? DescriptionDate(meta, bounds, dayFirst)
            ?? PageTextDate(head.PageText, bounds, dayFirst)
            ?? UrlDate(meta.First("og:image"), bounds)
            ?? (document is null ? null : LastResortDate(document, url, bounds, dayFirst));

        // A URL is minted when a story is first published; markup dates months after it come from a re-import or a relaunch.
        if (published is not null && urlDate is not null && published.Day.DayNumber > urlDate.Day.DayNumber + RelaunchGapDays)
        {
            published = urlDate;
        }

        if (published is not null && updated is not null && updated.Day < published.Day)
        {
            updated = null;
        }

        return new PublicationDates(published, updated, published?.Instant is { Offset.Ticks: 0 } ? ShownDay(ranked, bounds, dayFirst) : null);
    }

    /// <summary>
    /// A page that states no date in its readable parts: the first &lt;time datetime&gt; anywhere (a sidebar may hold the article's own),
    /// else a labelled pair such as &lt;dt&gt;Datum&lt;/dt&gt;&lt;dd&gt;12.01.2017&lt;/dd&gt; in a details box, else the page's own teaser in a news list
    /// (a link to this very page carrying a date), else the first publication key in its scripts' JSON. Only reached when everything else
    /// failed, so it costs nothing on dated pages.
    /// </summary>
    private PageDate? LastResortDate(IDocument document, string? url, DateBounds bounds, bool dayFirst)
    {
        var page = Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null;
        foreach (var time in document.GetElementsByTagName("time"))
        {
            // A reader comment's time or another story's teaser dates something else than this page.
            if (time.GetAttribute("datetime") is not { } stamp || InComments(time) || IsTeaserDate(time, page))
            {
                continue;
            }

            if (_normalizer.Normalize(stamp, bounds) is { } date)
            {
                return date;
            }
        }

        if (LabelledPairDate(document, bounds, dayFirst) is { } labelled)
        {
            return labelled;
        }

        if (page is not null && OwnTeaserDate(document, page, bounds, dayFirst) is { } teaser)
        {
            return teaser;
        }

        foreach (var script in document.Scripts)
        {
            for (var m = _scriptDateKey.Match(script.Text); m.Success; m = m.NextMatch())
            {
                if (_normalizer.Normalize(m.Groups["v"].Value, bounds) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The date in the element right after one whose whole text is a publication label ("Datum", "Mise en ligne:"): the label/value
    /// pairs of a details box or credits list, wherever the page puts it, except inside reader comments.
    /// </summary>
    private PageDate? LabelledPairDate(IDocument document, DateBounds bounds, bool dayFirst)
    {
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            // Cheap checks first: most elements are not a short leaf followed by a short sibling.
            if (element.ChildElementCount > 0 || HtmlTags.NextRenderedSibling(element) is not { } value || ElementText.Length(element, MaxLabelLength + 10) > MaxLabelLength + 9
                || ElementText.Length(value, MaxDateLineLength) >= MaxDateLineLength)
            {
                continue;
            }

            var label = element.TextContent.Trim().TrimEnd(':').TrimEnd();
            if (label.Length is 0 or > MaxLabelLength || !_publishedLabelSet.Contains(label)
                || InComments(element))
            {
                continue;
            }

            if (_scanner.FindFirst(ElementText.All(value), bounds, dayFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date in a short link to this very page (the story's own entry in a "latest news" list), outside reader comments.</summary>
    private PageDate? OwnTeaserDate(IDocument document, Uri page, DateBounds bounds, bool dayFirst)
    {
        foreach (var link in document.Links)
        {
            var href = link.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || LinksElsewhere(href, page) || ElementText.Length(link, MaxTeaserLength) >= MaxTeaserLength
                || InComments(link))
            {
                continue;
            }

            if (_scanner.FindFirst(link.TextContent, bounds, dayFirst) is { } date)
            {
                return date;
            }

            // "Über diesen Artikel: <a>Literatur und Animated Typography</a> wurde am 19. Mai 2010 um 23:03 Uhr gepostet": a short line about this
            // very page states its date beside the link (a list of several stories is not such a line).
            if (link.ParentElement is { LocalName: not ("ul" or "ol" or "table" or "tbody" or "tr" or "body") } line
                && ElementText.Length(line, MaxAboutLineLength) < MaxAboutLineLength && _scanner.FindFirst(line.TextContent, bounds, dayFirst) is { } stated)
            {
                return stated;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="element"/> stands in a reader-comment region, by a class or id of its own or of an ancestor; the body's
    /// classes and state classes ("comments-open", "has-comments") say what the page holds, not what an element is.
    /// </summary>
    private bool InComments(IElement element)
    {
        for (var node = element; node is not null && node.LocalName is not ("body" or "html"); node = node.ParentElement)
        {
            if (NamesCommentRegion(node.Id) || NamesCommentRegion(node.ClassName))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesCommentRegion(string? marks)
    {
        if (string.IsNullOrEmpty(marks))
        {
            return false;
        }

        foreach (var range in marks.AsSpan().Split(' '))
        {
            var token = marks.AsSpan(range);
            if (!token.IsEmpty && !ArticleHeadScanner.StateClass().IsMatch(token) && !token.EndsWith("-open", StringComparison.OrdinalIgnoreCase)
                && _commentRegions.IsMatch(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="href"/> leads to another page than <paramref name="page"/>.</summary>
    private static bool LinksElsewhere(string href, Uri page) =>
        !Uri.TryCreate(page, href, out var target)
        || !string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase)
        || !string.Equals(target.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>
    /// Whether the page writes slashed dates day first: every known language but the listed month-first ones; "en" alone (or no language) counts
    /// as American unless the host is British, Australian, Indian… (an English page on a .co.uk host writes 03/04/2020 for 3 April);
    /// other unknown languages keep the web's most common, month-first habit.
    /// </summary>
    private bool WritesDayFirst(string? language, string? url)
    {
        if (!string.IsNullOrEmpty(language) && !_monthFirst.Contains(language))
        {
            return true;
        }

        if ((string.IsNullOrEmpty(language) || language.Equals("en", StringComparison.OrdinalIgnoreCase)) && Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            var dot = address.Host.LastIndexOf('.');
            return dot > 0 && _dayFirstHosts.Contains(address.Host[(dot + 1)..]);
        }

        return false;
    }

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

    /// <summary>The day the first dated element near the heading states in its text ("28 October 2020"), whatever its machine stamp says.</summary>
    private DateOnly? ShownDay(List<(int Order, IElement Element, DateKind Kind)> ranked, DateBounds bounds, bool dayFirst)
    {
        foreach (var (_, element, kind) in ranked)
        {
            if (kind != DateKind.Updated && ElementText.Length(element, MaxDateLineLength) < MaxDateLineLength && TextDate(ElementText.All(element), bounds, dayFirst) is { } shown)
            {
                return shown.Day;
            }
        }

        return null;
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

    /// <summary>The page's dated elements, ranked once per page: explicitly published ones first, then by distance after the heading (those before it last).</summary>
    /// <remarks>When the heading stands in an &lt;article&gt;, a date inside another &lt;article&gt; (a card in a "latest" list) is that story's, and is left out.</remarks>
    private List<(int Order, IElement Element, DateKind Kind)> Rank(ArticleHead head, IDocument? document, string? url)
    {
        var page = Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null;
        var story = head.Heading?.Closest("article");
        if (story is null && head.Dates.Any(d => d.Element.Closest("article") is not null))
        {
            story = StoryArticle(document);
        }

        return [.. head.Dates
            .Where(d => story is null || d.Element.Closest("article") is not { } card || card == story || card.Contains(story))
            .Where(d => !IsTeaserDate(d.Element, page))
            .Select(d => (d.Order, d.Element, Kind: Kind(d.Element)))
            .OrderBy(d => d.Kind == DateKind.Published ? 0 : 1)
            .ThenBy(d => head.HeadingOrder < 0 ? d.Order : d.Order >= head.HeadingOrder ? d.Order - head.HeadingOrder : 10_000 + (head.HeadingOrder - d.Order))];
    }

    /// <summary>
    /// A date inside a link to another page, or in a list item beside one whose text reads as a title ("Weitere Pressemitteilungen":
    /// &lt;li&gt;&lt;time&gt;…&lt;/time&gt;&lt;a href="/news/other-story"&gt;Wieviel Haus kann ich mir leisten?&lt;/a&gt;&lt;/li&gt;), dates that other story, not this one.
    /// </summary>
    private static bool IsTeaserDate(IElement element, Uri? page)
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
            if (ElementText.Length(card, MaxTeaserLength) >= MaxTeaserLength || card.QuerySelector("h1") is not null)
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
        foreach (var other in card.QuerySelectorAll("a[href]"))
        {
            // A link inside the date element is the date's own (to the day's archive); a title beside it names another story.
            if (!date.Contains(other) && LeadsElsewhere(other, page) && WordCount(other.TextContent) >= MinTeaserTitleWords
                && (!asHeadline || other.Closest("h2, h3, h4, h5, h6") is not null || other.QuerySelector("h2, h3, h4, h5, h6") is not null))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>The one &lt;article&gt; that holds an h1, when the heading chosen (a logo's h1) stands outside every article.</summary>
    private static IElement? StoryArticle(IDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        IElement? story = null;
        foreach (var h1 in document.GetElementsByTagName("h1"))
        {
            if (h1.Closest("article") is { } article && article != story)
            {
                if (story is not null)
                {
                    return null;
                }

                story = article;
            }
        }

        return story;
    }

    /// <summary>Dates from time/abbr/dated elements in rank order, of the kind asked for.</summary>
    private IEnumerable<PageDate> ElementDates(List<(int Order, IElement Element, DateKind Kind)> ranked, ArticleHead head, DateBounds bounds, bool dayFirst, bool wantUpdated, bool afterHeadingOnly = false)
    {
        var wanted = ranked
            .Where(d => wantUpdated ? d.Kind == DateKind.Updated : d.Kind != DateKind.Updated)
            .Where(d => !afterHeadingOnly || d.Kind == DateKind.Published || (head.HeadingOrder >= 0 && d.Order > head.HeadingOrder));
        foreach (var (_, element, kind) in wanted)
        {
            if (wantUpdated && kind != DateKind.Updated)
            {
                continue;
            }

            var value = MachineStamp(element) ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null)
                ?? (element.ChildElementCount > 0 && element.QuerySelector("[datetime], [data-utime], [data-time]") is { } inner ? MachineStamp(inner) : null);
            if (value is null && _ignoredLabel.IsMatch(LabelBeforeFirstDigit(ElementText.All(element))))
            {
                continue;
            }

            var date = _normalizer.Normalize(value, bounds) ?? _normalizer.Normalize(element.GetAttribute("title"), bounds)
                ?? (kind == DateKind.Updated ? null : TextDate(UpdateStampText.Without(element) ?? "", bounds, dayFirst))
                ?? TextDate(ElementText.All(element), bounds, dayFirst);
            if (date is not null)
            {
                yield return date;
            }
        }
    }

    /// <summary>
    /// The machine-readable stamp an element carries (datetime, content, Unix seconds in data-utime or data-time, data-date): exact where its text
    /// is rendered in the reader's zone ("11:25 PM - 10 Jul 2020" for a crawler in California).
    /// </summary>
    private static string? MachineStamp(IElement element) =>
        element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("data-utime") ?? element.GetAttribute("data-time") ?? element.GetAttribute("data-date");

    /// <summary>The element's text up to its first digit, where a label like "Aktuelle Zeit:" stands.</summary>
    private static string LabelBeforeFirstDigit(string text)
    {
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        return digit < 0 ? text : text[..digit];
    }

    private DateKind Kind(IElement element)
    {
        var marks = (element.ClassName ?? "") + " " + (element.Id ?? "") + " " + (element.GetAttribute("itemprop") ?? "");
        if (marks.Contains("modified", StringComparison.OrdinalIgnoreCase) || marks.Contains("updated", StringComparison.OrdinalIgnoreCase) || marks.Contains("dateupdate", StringComparison.OrdinalIgnoreCase))
        {
            return DateKind.Updated;
        }

        // A short dated element says what its date is: "Aktualisiert am 06. Mär. 2023" is the update, "Veröffentlicht: 4. Mai" the publication.
        if (ElementText.Length(element, MaxDateLineLength) < MaxDateLineLength)
        {
            var label = LabelBeforeFirstDigit(ElementText.All(element)).Trim();
            if (label.Length > 0 && _updatedLabel.IsMatch(label))
            {
                return DateKind.Updated;
            }

            if (label.Length > 0 && _publishedLabel.IsMatch(label))
            {
                return DateKind.Published;
            }
        }

        if (element.HasAttribute("pubdate") || marks.Contains("publish", StringComparison.OrdinalIgnoreCase) || marks.Contains("entry-date", StringComparison.OrdinalIgnoreCase) || marks.Contains("created", StringComparison.OrdinalIgnoreCase))
        {
            return DateKind.Published;
        }

        return DateKind.Other;
    }

    private PageDate? UrlDate(string? url, DateBounds bounds)
    {
        if (url is null)
        {
            return null;
        }

        var m = UrlDatePattern().Match(url);
        if (!m.Success)
        {
            m = CompactUrlDatePattern().Match(url);
        }

        return m.Success && DateNormalizer.TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day) && bounds.Contains(day)
            ? new PageDate(day, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Value, null)
            : null;
    }

    /// <summary>The first written date in <paramref name="text"/> that is not introduced as an update (or the last one, before the heading); dates of the page's clock or a member's registration never count.</summary>
    private PageDate? TextDate(string text, DateBounds bounds, bool dayFirst, bool last = false)
    {
        PageDate? chosen = null;
        PageDate? updatedOnly = null;
        var updatedIndex = 0;
        foreach (var found in _scanner.Scan(text, bounds, dayFirst))
        {
            var before = Before(text, found.Index);
            if (_ignoredLabel.IsMatch(before))
            {
                continue;
            }

            if (_updatedLabel.IsMatch(before))
            {
                if (updatedOnly is null)
                {
                    (updatedOnly, updatedIndex) = (found.Date, found.Index);
                }

                continue;
            }

            // A dateline states both dates together ("Erstellt 3. Mai, aktualisiert 5. Mai"): a date standing a line or more below the
            // first update stamp ("Stand: 28.04.2023 17:23 Uhr" under the headline) is cited in the story, and the stamp is the page's only date.
            if (!last && updatedOnly is not null && found.Index - updatedIndex > MaxDateLineLength)
            {
                break;
            }

            chosen = found.Date;
            if (!last)
            {
                break;
            }
        }

        return chosen ?? updatedOnly;
    }

    /// <summary>
    /// The date of the page's whole text, mostly body sentences: one the page labels as published, else one it labels as updated,
    /// else the first that is neither a clock nor a registration (a date cited in a sentence is the weakest sign there is).
    /// </summary>
    private PageDate? PageTextDate(string text, DateBounds bounds, bool dayFirst)
    {
        PageDate? updated = null;
        PageDate? first = null;
        foreach (var found in _scanner.Scan(text, bounds, dayFirst))
        {
            var before = Before(text, found.Index);
            if (_publishedLabel.IsMatch(before))
            {
                return found.Date;
            }

            if (_ignoredLabel.IsMatch(before))
            {
                continue;
            }

            if (_updatedLabel.IsMatch(before))
            {
                updated ??= found.Date;
            }
            else
            {
                first ??= found.Date;
            }
        }

        return updated ?? first;
    }

    /// <summary>The 40 characters before a date, layout spaces just before it skipped, where its label stands.</summary>
    private static string Before(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[Math.Max(0, end - 40)..end];
    }

    /// <summary>The date of a short line set right above the headline ("02.02.2022 10:16 Uhr - 1. Bundesliga"): it belongs to the story, unlike the first date somewhere in the text below.</summary>
    /// <remarks>Templates indent such a line with runs of layout spaces, so its words, not its raw characters, are measured.</remarks>
    private PageDate? LineAboveHeadingDate(IElement? heading, DateBounds bounds, bool dayFirst)
    {
        if (heading is null || HtmlTags.PreviousRenderedSibling(heading) is not { } line || ElementText.Length(line, MaxIndentedLineLength) >= MaxIndentedLineLength)
        {
            return null;
        }

        var text = ElementText.All(line);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length < MaxDateLineLength
            ? TextDate(text, bounds, dayFirst)
            : null;
    }

    /// <summary>A date the page's own summary states ("ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"), read like the title's.</summary>
    private PageDate? DescriptionDate(MetaTags meta, DateBounds bounds, bool dayFirst) =>
        meta.First(DescriptionMetaNames) is { } description ? _scanner.FindFirst(description, bounds, dayFirst) : null;

    /// <summary>The first written date introduced as the publication date ("Erschienen am 13.10.2021", "Published: May 4, 2020").</summary>
    private PageDate? LabelledTextDate(string text, DateBounds bounds, bool dayFirst)
    {
        foreach (var found in _scanner.Scan(text, bounds, dayFirst))
        {
            if (_publishedLabel.IsMatch(Before(text, found.Index)))
            {
                return found.Date;
            }
        }

        return null;
    }

    private enum DateKind
    {
        Published,
        Other,
        Updated,
    }

    // /2020/01/23/ or /2020/01/23.html, or /2020-01-23-title; not /2023/10/3-fragen, where a title starts with a number.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/(?<m>\d{1,2})/(?<d>\d{1,2})(?:/|\.\w+$|$|[?#])|-(?<m>\d{1,2})-(?<d>\d{1,2})(?:/|[-_.]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();

    // /20200428/title or /title-20200113: eight digits standing alone as a path segment or after the slug.
    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:/|$|[?#]|\.html?)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactUrlDatePattern();
}
