using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Dates a page that states no date in its readable parts: the first &lt;time datetime&gt; anywhere (a sidebar may hold the article's own),
/// else a labelled pair such as &lt;dt&gt;Datum&lt;/dt&gt;&lt;dd&gt;12.01.2017&lt;/dd&gt; in a details box, else the page's own teaser in a news list
/// (a link to this very page carrying a date), else the first publication key in its scripts' JSON (an ISO date, or a Unix count under a
/// key naming the publication). Only reached when everything else failed, so it costs nothing on dated pages.
/// </summary>
internal sealed class LastResortDateFinder
{
    private const int MaxDateLineLength = TextDateReader.MaxDateLineLength;

    /// <summary>A label of a label/value pair ("Datum", "Mise en ligne") is a few words.</summary>
    private const int MaxLabelLength = 30;

    /// <summary>A line about the page ("… wurde am 19. Mai 2010 gepostet und unter Lesenswert abgelegt") is a sentence or two.</summary>
    private const int MaxAboutLineLength = 300;

    private readonly DateNormalizer _normalizer;
    private readonly DateTextScanner _scanner;
    private readonly ReaderCommentRegion _comments;
    private readonly HashSet<string> _publishedLabelSet;
    private readonly Regex _scriptDateKey;

    public LastResortDateFinder(MetadataRules rules, DateNormalizer normalizer, DateTextScanner scanner)
    {
        _normalizer = normalizer;
        _scanner = scanner;
        _comments = new ReaderCommentRegion(rules);
        _publishedLabelSet = new HashSet<string>(rules.PublishedLabels, StringComparer.OrdinalIgnoreCase);
        // "key":"2020-01-02T..." also when the JSON sits escaped inside a string (\"key\":\"...\").
        // A bare count of seconds or milliseconds (1426609660294, JavaScript's clock) has no shape that says "date": only a key naming the publication is trusted with one.
        var timestamp = rules.ScriptTimestampDateKeys.Count == 0 ? ""
            : @"|""(?:" + string.Join("|", rules.ScriptTimestampDateKeys.Select(Regex.Escape)) + @")""\s*:\s*(?<v>\d{13}|\d{10})(?![\d.])";
        _scriptDateKey = RulePattern.Create(@"\\?""(?:" + string.Join("|", rules.ScriptDateKeys.Select(Regex.Escape)) + @")\\?""\s*:\s*\\?""(?<v>(?:19|20)\d{2}-\d{2}-\d{2}[^""\\]{0,30})" + timestamp,
            RegexOptions.CultureInvariant);
    }

    public PageDate? Find(IDocument document, string? url, DateBounds bounds, bool dayFirst)
    {
        var page = Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null;
        foreach (var time in document.GetElementsByTagName("time"))
        {
            // A reader comment's time or another story's teaser dates something else than this page.
            if (time.GetAttribute("datetime") is not { } stamp || _comments.Contains(time) || TeaserDate.DatesOtherStory(time, page))
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
            // Cheap checks first: most elements are not a short leaf that says a label. The sibling comes last: AngleSharp finds it by
            // searching the parent's child list, which on a paragraph of 150,000 <br> lines took seconds when asked of every leaf.
            if (element.ChildElementCount > 0 || ElementText.Length(element, MaxLabelLength + 10) > MaxLabelLength + 9)
            {
                continue;
            }

            var label = element.TextContent.Trim().TrimEnd(':').TrimEnd();
            if (label.Length is 0 or > MaxLabelLength || !_publishedLabelSet.Contains(label)
                || HtmlTags.NextRenderedSibling(element) is not { } value || ElementText.Length(value, MaxDateLineLength) >= MaxDateLineLength
                || _comments.Contains(element))
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
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || TeaserDate.LinksElsewhere(href, page) || ElementText.Length(link, TeaserDate.MaxTeaserLength) >= TeaserDate.MaxTeaserLength
                || _comments.Contains(link))
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
}
