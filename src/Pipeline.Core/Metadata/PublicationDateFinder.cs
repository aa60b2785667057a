using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Finds the publication and update dates, most trusted source first: JSON-LD, meta tags, dated elements near the heading, the URL, then written dates near the heading.</summary>
public sealed partial class PublicationDateFinder
{
    private readonly MetadataRules _rules;
    private readonly DateNormalizer _normalizer;
    private readonly DateTextScanner _scanner;
    private readonly Regex _updatedLabel;

    public PublicationDateFinder(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _scanner = new DateTextScanner(rules);
        _normalizer = new DateNormalizer(_scanner);
        _updatedLabel = new Regex(@"(?<!\p{L})(?:" + string.Join("|", rules.UpdatedLabels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + @")(?!\p{L})\W{0,3}(?:\p{L}+\s){0,2}\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public DateTextScanner Scanner => _scanner;

    public PublicationDates Find(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, string? url, string? title, DateBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(jsonLd);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(head);
        var updated = _normalizer.Normalize(jsonLd.DateModified, bounds)
            ?? FirstMeta(meta, _rules.UpdatedMetaNames, bounds)
            ?? ElementDates(head, bounds, wantUpdated: true).FirstOrDefault();
        var published = _normalizer.Normalize(jsonLd.DatePublished, bounds)
            ?? _normalizer.Normalize(jsonLd.DateCreated, bounds)
            ?? FirstMeta(meta, _rules.PublishedMetaNames, bounds)
            ?? ElementDates(head, bounds, wantUpdated: false).FirstOrDefault()
            ?? UrlDate(url, bounds)
            ?? TextDate(head.TextAfterHeading, bounds)
            ?? TextDate(head.TextBeforeHeading, bounds, last: true)
            ?? (title is null ? null : _scanner.FindFirst(title, bounds))
            ?? TextDate(head.PageText, bounds)
            ?? UrlDate(meta.First("og:image"), bounds);
        if (published is not null && updated is not null && updated.Day < published.Day)
        {
            updated = null;
        }

        return new PublicationDates(published, updated);
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

    /// <summary>Dates from time/abbr/dated elements: the explicitly published ones first, then the nearest after the heading.</summary>
    private IEnumerable<PageDate> ElementDates(ArticleHead head, DateBounds bounds, bool wantUpdated)
    {
        var ranked = head.Dates
            .Select(d => (d.Order, Element: d.Element, Kind: Kind(d.Element)))
            .Where(d => wantUpdated ? d.Kind == DateKind.Updated : d.Kind != DateKind.Updated)
            .OrderBy(d => d.Kind == DateKind.Published ? 0 : 1)
            .ThenBy(d => head.HeadingOrder < 0 ? d.Order : d.Order >= head.HeadingOrder ? d.Order - head.HeadingOrder : 10_000 + (head.HeadingOrder - d.Order));
        foreach (var (_, element, kind) in ranked)
        {
            if (wantUpdated && kind != DateKind.Updated)
            {
                continue;
            }

            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("data-utime")
                ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null);
            var date = _normalizer.Normalize(value, bounds) ?? _normalizer.Normalize(element.GetAttribute("title"), bounds) ?? TextDate(element.TextContent, bounds);
            if (date is not null)
            {
                yield return date;
            }
        }
    }

    private DateKind Kind(IElement element)
    {
        var marks = (element.ClassName ?? "") + " " + (element.Id ?? "") + " " + (element.GetAttribute("itemprop") ?? "");
        if (marks.Contains("modified", StringComparison.OrdinalIgnoreCase) || marks.Contains("updated", StringComparison.OrdinalIgnoreCase) || marks.Contains("dateupdate", StringComparison.OrdinalIgnoreCase))
        {
            return DateKind.Updated;
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
        return m.Success && DateNormalizer.TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day) && bounds.Contains(day)
            ? new PageDate(day, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Value, null)
            : null;
    }

    /// <summary>The first written date in <paramref name="text"/> that is not introduced as an update (or the last one, before the heading).</summary>
    private PageDate? TextDate(string text, DateBounds bounds, bool last = false)
    {
        PageDate? chosen = null;
        PageDate? updatedOnly = null;
        foreach (var found in _scanner.Scan(text, bounds))
        {
            var before = text[Math.Max(0, found.Index - 40)..found.Index];
            if (_updatedLabel.IsMatch(before))
            {
                updatedOnly ??= found.Date;
                continue;
            }

            chosen = found.Date;
            if (!last)
            {
                break;
            }
        }

        return chosen ?? updatedOnly;
    }

    private enum DateKind
    {
        Published,
        Other,
        Updated,
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|[-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();
}
