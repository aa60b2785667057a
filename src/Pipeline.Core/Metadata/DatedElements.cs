using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>The page's dated elements near the heading (time, abbr, dated classes): ranked once per page, told apart as published or updated, and read.</summary>
internal sealed class DatedElements(DateNormalizer normalizer, DateLabels labels, TextDateReader text, OtherWorkItem otherWork)
{
    private const int MaxDateLineLength = TextDateReader.MaxDateLineLength;

    /// <summary>The dated elements ranked first that may be the story's own dateline.</summary>
    private const int MaxDatelineCandidates = 3;

    /// <summary>The page's dated elements, ranked once per page: explicitly published ones first, then by distance after the heading (those before it last).</summary>
    /// <remarks>
    /// When the heading stands in an &lt;article&gt;, a date inside another &lt;article&gt; (a card in a "latest" list) is that story's, and is left out;
    /// so is one inside a microdata item of another work (an embedded video's upload day).
    /// </remarks>
    public List<RankedDate> Rank(ArticleHead head, IDocument? document, string? url)
    {
        var page = Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null;
        var story = head.Heading?.Closest("article");
        if (story is null && head.Dates.Any(d => d.Element.Closest("article") is not null))
        {
            story = StoryArticle(document);
        }

        var listed = ListingDates.Of(head.Dates);
        return [.. head.Dates
            .Where(d => listed is null || !listed.Contains(d.Element))
            .Where(d => story is null || d.Element.Closest("article") is not { } card || card == story || card.Contains(story))
            .Where(d => !TeaserDate.DatesOtherStory(d.Element, page) && !otherWork.Dates(d.Element, head.Heading))
            .Select(d => new RankedDate(d.Order, d.Element, Kind(d.Element)))
            .OrderBy(d => d.Kind == DateKind.Published ? 0 : 1)
            .ThenBy(d => head.HeadingOrder < 0 ? d.Order : d.Order >= head.HeadingOrder ? d.Order - head.HeadingOrder : 10_000 + (head.HeadingOrder - d.Order))];
    }

    /// <summary>Dates from time/abbr/dated elements in rank order, of the kind asked for.</summary>
    public IEnumerable<PageDate> Dates(List<RankedDate> ranked, ArticleHead head, DateBounds bounds, bool dayFirst, bool wantUpdated, bool afterHeadingOnly = false)
    {
        var wanted = ranked
            .Where(d => wantUpdated ? d.Kind == DateKind.Updated : d.Kind != DateKind.Updated)
            .Where(d => !afterHeadingOnly || d.Kind == DateKind.Published || (head.HeadingOrder >= 0 && d.Order > head.HeadingOrder));
        foreach (var (_, element, kind) in wanted)
        {
            var value = MachineStamp(element) ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null)
                ?? (element.ChildElementCount > 0 && element.QuerySelector("[datetime], [data-utime], [data-time], [data-timestamp]") is { } inner ? MachineStamp(inner) : null);
            if (value is null && labels.Ignored.IsMatch(DateLabels.BeforeFirstDigit(ElementText.All(element))))
            {
                continue;
            }

            // An update stamp that also states the first publication ("Last updated on March 6. First published on March 5.") is read at its update.
            var date = normalizer.Normalize(value, bounds) ?? normalizer.Normalize(element.GetAttribute("title"), bounds)
                ?? (kind == DateKind.Updated ? text.UpdateTextDate(ElementText.All(element), bounds, dayFirst) : text.TextDate(UpdateStampText.Without(element) ?? "", bounds, dayFirst))
                ?? text.TextDate(ElementText.All(element), bounds, dayFirst);
            if (date is not null)
            {
                yield return date;
            }
        }
    }

    /// <summary>
    /// The update a publication date's own line states beside it ("Published March 5, 2024 | Updated March 6, 2024", "Veröffentlicht am
    /// 05.03.2024, aktualisiert am 06.03.2024"): the line is one dated element of the publication kind, so the update has no element of its own.
    /// </summary>
    public PageDate? UpdateBesidePublication(List<RankedDate> ranked, DateBounds bounds, bool dayFirst)
    {
        // The story's dateline is among the first dated elements; further down they are other stories' and comments'.
        foreach (var (_, element, kind) in ranked.Take(MaxDatelineCandidates))
        {
            // A line, not a box that runs on into the story's sentences ("… the rules were updated on March 6").
            if (kind != DateKind.Updated && ElementText.Length(element, MaxDateLineLength) < MaxDateLineLength
                && text.UpdateTextDate(ElementText.All(element), bounds, dayFirst) is { } update)
            {
                return update;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of the first dated element near the heading when it is a &lt;time&gt; (or holds one) whose machine stamp and shown text
    /// name the same day (&lt;time datetime="2022-03-09"&gt;09.03.2022&lt;/time&gt;): the template rendered one date twice, so the page states it.
    /// </summary>
    public PageDate? ConfirmedStamp(List<RankedDate> ranked, ArticleHead head, DateBounds bounds, bool dayFirst)
    {
        foreach (var dated in ranked)
        {
            if (dated.Kind == DateKind.Updated || !Dates([dated], head, bounds, dayFirst, wantUpdated: false).Any())
            {
                continue;
            }

            var element = dated.Element;
            var time = element.LocalName == "time" ? element : element.ChildElementCount > 0 ? element.QuerySelector("time[datetime]") : null;
            if (time is null || ElementText.Length(time, MaxDateLineLength) >= MaxDateLineLength)
            {
                return null;
            }

            var machine = normalizer.Normalize(time.GetAttribute("datetime"), bounds);
            var shown = text.TextDate(ElementText.All(time), bounds, dayFirst);
            return machine is not null && shown is not null && machine.Day == shown.Day ? machine : null;
        }

        return null;
    }

    /// <summary>
    /// The first update stamp of the story's own (a "Letzte Aktualisierung: 28.01.2022" line, a "Page-dateModified" stamp): the date a page
    /// that shows no publication date is known by. The page footer's "This page was last edited on …" dates a revision of the site's page, not the story.
    /// </summary>
    public PageDate? StoryUpdate(List<RankedDate> ranked, ArticleHead head, DateBounds bounds, bool dayFirst) =>
        Dates([.. ranked.Where(d => d.Kind == DateKind.Updated && !InPageFooter(d.Element))], head, bounds, dayFirst, wantUpdated: true).FirstOrDefault();

    private static bool InPageFooter(IElement element) =>
        element.Closest("[role='contentinfo' i]") is not null || element.Closest("footer") is { } footer && footer.Closest("article") is null;

    /// <summary>The day the first dated element near the heading states in its text ("28 October 2020"), whatever its machine stamp says.</summary>
    public DateOnly? ShownDay(List<RankedDate> ranked, DateBounds bounds, bool dayFirst)
    {
        foreach (var (_, element, kind) in ranked)
        {
            if (kind != DateKind.Updated && ElementText.Length(element, MaxDateLineLength) < MaxDateLineLength && text.TextDate(ElementText.All(element), bounds, dayFirst) is { } shown)
            {
                return shown.Day;
            }
        }

        return null;
    }

    /// <summary>
    /// The machine-readable stamp an element carries (datetime, content, Unix seconds in data-utime or data-time, data-date, Unix milliseconds in
    /// data-timestamp): exact where its text is rendered in the reader's zone ("11:25 PM - 10 Jul 2020" for a crawler in California), or by a
    /// script from a template ("Updated [hour]:[minute] [AMPM]").
    /// </summary>
    private static string? MachineStamp(IElement element) =>
        element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("data-utime") ?? element.GetAttribute("data-time") ?? element.GetAttribute("data-date")
        ?? element.GetAttribute("data-timestamp");

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
            var label = DateLabels.BeforeFirstDigit(ElementText.All(element)).Trim();
            if (label.Length > 0 && labels.Updated.IsMatch(label))
            {
                return DateKind.Updated;
            }

            if (label.Length > 0 && labels.Published.IsMatch(label))
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
}
