using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Reads an HTML page's metadata: JSON-LD, Open Graph and other meta tags, bylines and dates near the main heading, canonical URL, site name, language.</summary>
public sealed class HtmlMetadataExtractor
{
    private readonly MetadataRules _rules;
    private readonly ArticleHeadScanner _scanner;
    private readonly HeadingReader _headings;
    private readonly AuthorCreditResolver _credits;
    private readonly PublicationDateFinder _dates;
    private readonly NewsroomTimeZone _newsroomTime;

    public HtmlMetadataExtractor(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.Metadata;
        _scanner = new ArticleHeadScanner(_rules);
        _headings = new HeadingReader(_rules);
        _credits = new AuthorCreditResolver(_rules, _headings);
        _dates = new PublicationDateFinder(_rules);
        _newsroomTime = new NewsroomTimeZone(_rules);
    }

    /// <param name="document">The parsed page (before pruning: meta tags and JSON-LD are still there).</param>
    /// <param name="input">The decoded input (name and stored timestamp bound the dates).</param>
    /// <param name="articleRoot">The element chosen as main content, if known: bylines and dates are looked for near it.</param>
    /// <param name="pageWide">The page-wide elements if an earlier walk of the whole tree collected them (the tree guard's); else they are found here.</param>
    public PageMetadata Extract(IDocument document, DecodedInput input, IElement? articleRoot, PageWideElements? pageWide = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(input);
        // One walk finds them all: meta tags, JSON-LD scripts and the h1 headings the head scan starts from may sit anywhere in the page.
        var elements = pageWide ?? PageWideElements.Of(document);
        var meta = MetaTags.Read(elements.Meta);
        var jsonLd = JsonLdReader.Read(elements.Scripts);
        var head = _scanner.Scan(document, articleRoot, elements.MainHeadings);

        // Last, the address a saved page's wrapping records (an MHTML file's): where the page was read, when it names no address of its own.
        var url = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")) ?? Absolute(meta.First("og:url")) ?? Absolute(jsonLd.Url)
            ?? Absolute(input.SourceUrl);
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
        var headings = _headings.Read(head);
        var siteName = SiteName(meta, jsonLd, headings);
        // The publisher the structured data names, or failing that the one the meta tags name ("Deutsche Welle (www.dw.com)" beside og:site_name "DW.COM").
        var publisher = jsonLd.PublisherIsPerson ? null : MetaText.Clean(jsonLd.PublisherName) ?? MetaText.Clean(meta.First(["publisher", "dc.publisher"]));

        // Last, an e-mail's subject: a press release's or a newsletter's markup rarely titles itself.
        var title = TitleReconciler.Reconcile(jsonLd.Headline, _rules.TitleMetaNames.Select(meta.First), headings, document.Title, siteName, host) ?? input.Subject;

        var (authors, agencies, byline) = _credits.Resolve(document, jsonLd, meta, head, articleRoot, new PageSite(siteName, publisher, host));
        var bounds = DateBounds.For(input.StoredAt);
        var language = LanguageTagNormalizer.Normalize(document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang"))
            ?? LanguageTagNormalizer.Normalize(meta.First("content-language"))
            ?? LanguageTagNormalizer.Normalize(meta.First("og:locale"))
            ?? LanguageTagNormalizer.Normalize(jsonLd.Language);
        var dates = _dates.Find(jsonLd, meta, head, url ?? meta.First("og:url"), document.Title, bounds, language, document);
        var published = _newsroomTime.ToLocal(dates.Published, language, host, dates.ShownDay);
        var updated = _newsroomTime.ToLocal(dates.Updated, language, host);

        return new PageMetadata
        {
            Title = title,
            Authors = authors,
            Agencies = agencies,
            Byline = byline,
            // Last, when an e-mail was sent: a press release is published by sending it.
            PublishedAt = published?.Iso ?? (input.SentAt is { } sent ? DateNormalizer.FormatInstant(sent) : null),
            PublishedAtRaw = published is null ? input.SentAtRaw : published.Raw,
            UpdatedAt = updated?.Iso,
            // Declared nowhere else, the site's name is what the document title sets after the article's title; reported only, as nothing
            // above relied on it.
            SiteName = SiteNameTagline.Trim(siteName, host) ?? DocumentTitleSite.From(document.Title, title, host),
            Url = url,
            Language = language,
            Description = MetaText.Clean(meta.First(["og:description", "description", "twitter:description"])),
            StructuredBody = jsonLd.ArticleBody,
        };
    }

    private string? SiteName(MetaTags meta, JsonLdFacts jsonLd, IReadOnlyList<VisibleHeading> headings)
    {
        var candidates = _rules.SiteNameMetaNames.Take(1).Select(meta.First)
            .Append(jsonLd.PublisherName).Append(jsonLd.WebSiteName)
            .Concat(_rules.SiteNameMetaNames.Skip(1).Select(meta.First));
        var heading = headings.FirstOrDefault(h => h.IsMain && !h.Masthead && !h.Aside) is { } main ? MetaText.Clean(main.Text) : null;
        var structured = MetaText.Clean(jsonLd.Headline);
        List<string> headlines = [.. new[] { heading, structured, MetaText.Clean(meta.First("og:title")), MetaText.Clean(meta.First("twitter:title")) }.OfType<string>()];
        return SiteNameChooser.Choose(candidates, headlines, text => string.Equals(text, heading, StringComparison.OrdinalIgnoreCase) || string.Equals(text, structured, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
}
