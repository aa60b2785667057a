using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Reads an HTML page's metadata: JSON-LD, Open Graph and other meta tags, bylines and dates near the main heading, canonical URL, site name, language.</summary>
public sealed partial class HtmlMetadataExtractor
{
    // Co-authors' names sit next to each other; the same markup far away is another article's byline (a teaser, an author list).
    private const int SiblingReach = 30;

    private readonly MetadataRules _rules;
    private readonly BylineParser _bylines;
    private readonly ArticleHeadScanner _scanner;
    private readonly HeadingLineBylineFinder _lineBylines;
    private readonly EditorCreditBylineFinder _editorCredits;
    private readonly PublicationDateFinder _dates;
    private readonly NewsroomTimeZone _newsroomTime;
    private readonly HashSet<string> _authorMetaLabels;
    private readonly Regex? _pictureCredit;
    private readonly HashSet<string> _generic;
    private readonly Regex _editorLabel;
    private readonly HeadingReader _headings;
    private readonly HashSet<string> _socialHosts;
    private readonly PersonalSiteOwner _siteOwner;

    public HtmlMetadataExtractor(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.Metadata;
        _bylines = new BylineParser(_rules);
        _scanner = new ArticleHeadScanner(_rules);
        _lineBylines = new HeadingLineBylineFinder(_rules, _bylines);
        _editorCredits = new EditorCreditBylineFinder(_rules);
        _dates = new PublicationDateFinder(_rules);
        _newsroomTime = new NewsroomTimeZone(_rules);
        _authorMetaLabels = new HashSet<string>(_rules.AuthorMetaLabels, StringComparer.Ordinal);
        // No labels, no picture credits: an empty alternation would match every line.
        _pictureCredit = _rules.PictureCreditLabels.Count == 0 ? null
            : new Regex(@"^\W*(?:" + string.Join("|", _rules.PictureCreditLabels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _generic = new HashSet<string>(_rules.SiteNameGenericWords, StringComparer.OrdinalIgnoreCase);
        _editorLabel = new Regex(@"^\W*(?:" + string.Join("|", _rules.EditorLabels.Select(Regex.Escape)) + @")\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _headings = new HeadingReader(_rules);
        _socialHosts = new HashSet<string>(_rules.SocialProfileHosts, StringComparer.OrdinalIgnoreCase);
        _siteOwner = new PersonalSiteOwner(_rules);
    }

    /// <param name="document">The parsed page (before pruning: meta tags and JSON-LD are still there).</param>
    /// <param name="input">The decoded input (name and stored timestamp bound the dates).</param>
    /// <param name="articleRoot">The element chosen as main content, if known: bylines and dates are looked for near it.</param>
    public PageMetadata Extract(IDocument document, DecodedInput input, IElement? articleRoot)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(input);
        // One walk finds both: meta tags and JSON-LD scripts may sit anywhere in the page.
        var (metaElements, scripts) = document.ElementsNamed("meta", "script");
        var meta = MetaTags.Read(metaElements);
        var jsonLd = JsonLdReader.Read(scripts);
        var head = _scanner.Scan(document, articleRoot);

        var url = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")) ?? Absolute(meta.First("og:url")) ?? Absolute(jsonLd.Url);
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
        var siteName = Clean(meta.First(_rules.SiteNameMetaNames.Take(1))) ?? Clean(jsonLd.PublisherName) ?? Clean(jsonLd.WebSiteName) ?? Clean(meta.First(_rules.SiteNameMetaNames.Skip(1)));
        var publisher = jsonLd.PublisherIsPerson ? null : Clean(jsonLd.PublisherName);

        var title = TitleReconciler.Reconcile(jsonLd.Headline, _rules.TitleMetaNames.Select(meta.First), _headings.Read(head), document.Title, siteName, host);

        var (authors, agencies, byline) = FindPeople(document, jsonLd, meta, head, articleRoot, siteName, publisher, host);
        var bounds = DateBounds.For(input.Raw.LastModified);
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
            PublishedAt = published?.Iso,
            PublishedAtRaw = published?.Raw,
            UpdatedAt = updated?.Iso,
            SiteName = siteName,
            Url = url,
            Language = language,
            Description = Clean(meta.First(["og:description", "description", "twitter:description"])),
            StructuredBody = jsonLd.ArticleBody,
        };
    }

    /// <summary>
    /// True when a name with an organisation word is a person once cleaned: a role naming the newsroom
    /// ("News-Korrespondent Jane Doe") is what carried the word. A role that leaves one word ("Guardian staff reporter") was the credit.
    /// </summary>
    private bool IsPersonBehindRole(string name) =>
        _bylines.Names.Normalize(name) is { } cleaned && !_bylines.IsOrganisation(cleaned) && BylineParser.LooksLikePersonName(cleaned);

    private (List<string> Authors, List<string> Agencies, string? Byline) FindPeople(IDocument document, JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, IElement? articleRoot, string? siteName, string? publisher, string? host)
    {
        var authors = new List<string>();
        var agencies = new List<string>();
        string? byline = null;

        // A page whose structured data credits the site itself has said who wrote it: only a person-like byline overrides that.
        string? siteCredit = null;
        // A CMS account's login name in the structured data yields to a byline the page shows ("arianschlichenmayer" beside "von Arian Schlichenmayer").
        var handles = new List<string>();
        // An organisation the structured data or the author meta tag credits (an association, an institute, not a news agency) is who
        // publishes the page; a person the page's byline names is who wrote it. The credit is kept when the page names no one.
        var organisations = new List<string>();
        foreach (var author in jsonLd.Authors)
        {
            // An agency is credited even when it is also the publisher (the agency's own site).
            if (_bylines.Agencies.Match(author.Name) is not null)
            {
                AddAgency(agencies, Clean(author.Name));
                continue;
            }

            if (IsSite(author.Name, siteName, publisher, host))
            {
                siteCredit ??= Clean(author.Name);
                continue;
            }

            if (author.IsOrganization || (_bylines.IsOrganisation(author.Name) && !IsPersonBehindRole(author.Name)))
            {
                AddAgency(organisations, _bylines.Names.Normalize(author.Name) is null ? null : Clean(author.Name));
                continue;
            }

            if (AccountHandle.IsHandle(author.Name))
            {
                handles.Add(author.Name);
                continue;
            }

            Add(_bylines.ParseLabelled(author.Name));
        }

        // Structured data that names the article's editor as its author: the page's own "Editor: X" says who X is.
        if (authors.Count > 0 && EditorsShown(head) is { Count: > 0 } editors)
        {
            authors.RemoveAll(editors.Contains);
        }

        if (authors.Count == 0 && agencies.Count == 0 && organisations.Count == 0)
        {
            // The author meta tags, then the "Written by" label/value pair blog engines add to the Twitter card.
            foreach (var values in _rules.AuthorMetaNames.Select(meta.All).Append(meta.LabelledData(_authorMetaLabels)))
            {
                foreach (var value in values)
                {
                    if (IsSite(value, siteName, publisher, host))
                    {
                        continue;
                    }

                    var found = _bylines.ParseLabelled(value);
                    if (found.Authors.Count == 0 && found.Agencies.Count > 0 && found.Agencies.All(a => _bylines.Agencies.Match(a) is null))
                    {
                        foreach (var organisation in found.Agencies.Where(IsAgencyCredit))
                        {
                            AddAgency(organisations, organisation);
                        }

                        continue;
                    }

                    Add(found);
                }

                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        // Beside a person the structured data names, an organisation is credited too, as before.
        if (authors.Count > 0)
        {
            organisations.ForEach(o => AddAgency(agencies, o));
            organisations.Clear();
        }

        var personOnly = organisations.Count > 0;
        var credited = siteCredit is not null || personOnly;
        if (authors.Count == 0 && agencies.Count == 0)
        {
            byline = FromBylineElements(head, siteName, publisher, host, strict: credited, personOnly, Add);
        }

        if (authors.Count == 0 && agencies.Count == 0)
        {
            byline = FromVisibleByline(head, articleRoot, personOnly, Add);
        }

        if (authors.Count == 0 && agencies.Count == 0)
        {
            foreach (var handle in handles)
            {
                Add(_bylines.ParseLabelled(handle));
            }
        }

        if (authors.Count == 0 && agencies.Count == 0 && _lineBylines.Find(HeadingWithText(head), articleRoot) is { } line && (!credited || line.Byline.Authors.Any(n => !IsSite(n, siteName, publisher, host))))
        {
            Add(line.Byline);
            byline = line.Text;
        }

        if (authors.Count == 0 && agencies.Count == 0 && BodyEdgeBylineFinder.Find(articleRoot, _bylines) is { } edge && (!personOnly || edge.Byline.Authors.Count > 0))
        {
            Add(edge.Byline);
            byline = WhitespaceFolder.FoldLine(edge.Text);
        }

        if (authors.Count == 0 && agencies.Count == 0 && _lineBylines.FindAtEnd(articleRoot) is { } closing && (!credited || closing.Byline.Authors.Any(n => !IsSite(n, siteName, publisher, host))))
        {
            Add(closing.Byline);
            byline = closing.Text;
        }

        if (authors.Count == 0 && agencies.Count == 0 && _editorCredits.Find(document, _bylines) is { } editorCredit && (!personOnly || editorCredit.Byline.Authors.Count > 0))
        {
            Add(editorCredit.Byline);
            byline = editorCredit.Text;
        }

        // Still nobody: on a personal site (its domain spells its owner's name) the owner wrote the page.
        if (authors.Count == 0 && agencies.Count == 0 && organisations.Count == 0 && siteCredit is null && _siteOwner.Find(host, [siteName, document.Title], document) is { } owner)
        {
            authors.Add(owner);
        }

        // Nobody named: a credit to the newsroom ("Redaktion", "PETA-Team") is still the page's statement of authorship.
        if (authors.Count == 0)
        {
            organisations.ForEach(o => AddAgency(agencies, o));
        }

        if (authors.Count == 0 && agencies.Count == 0 && siteCredit is null && FindDeskCredit(jsonLd, meta, head, siteName, publisher, host) is { } desk)
        {
            agencies.Add(desk);
            byline ??= desk;
        }

        // The page credits its own newsroom and names nobody else: that credit, as the page spells it ("दैनिक भास्कर" beside "Dainik Bhaskar").
        if (authors.Count == 0 && agencies.Count == 0 && siteCredit is not null)
        {
            agencies.Add(siteCredit);
        }

        // A bare web domain beside another credit is a site's name, not a second credit ("Semissourinews.com" beside its newsroom).
        if (authors.Count > 0 || agencies.Any(a => !IsBareDomain(a)))
        {
            agencies.RemoveAll(IsBareDomain);
        }

        return (authors, agencies, byline);

        void Add(Byline found)
        {
            foreach (var name in found.Authors.Where(n => !IsSite(n, siteName, publisher, host)))
            {
                AddOnce(authors, name);
            }

            foreach (var agency in found.Agencies.Where(IsAgencyCredit))
            {
                AddAgency(agencies, agency);
            }
        }

        // The site's own name is no agency's credit; its newsroom ("auto-motor.at Redaktion") is.
        bool IsAgencyCredit(string name) => !IsSite(name, siteName, publisher, host) || IsDeskOfSite(name, siteName);
    }

    /// <summary>The main heading, or the first one with text when that is a logo's (an image in an h1): the byline sits by the story's own heading.</summary>
    private static IElement? HeadingWithText(ArticleHead head) =>
        head.Heading is { } heading && string.IsNullOrWhiteSpace(heading.TextContent)
            ? head.Headings.FirstOrDefault(h => h.Order > head.HeadingOrder && !h.Aside && h.Element.LocalName == "h1" && !string.IsNullOrWhiteSpace(h.Element.TextContent))?.Element ?? heading
            : head.Heading;

    /// <summary>The names the byline elements label as editors ("Editor : Heryadi").</summary>
    private HashSet<string> EditorsShown(ArticleHead head)
    {
        var editors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var byline in head.Bylines)
        {
            var text = WhitespaceFolder.FoldLine(BylineText(byline.Element));
            if (_editorLabel.Match(text) is { Success: true } label && _bylines.Names.Normalize(text[label.Length..]) is { } name)
            {
                editors.Add(name);
            }
        }

        return editors;
    }

    /// <summary>The first desk credit among the JSON-LD authors, the author meta tags and the three byline elements nearest the heading.</summary>
    private string? FindDeskCredit(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, string? siteName, string? publisher, string? host)
    {
        var candidates = jsonLd.Authors.Select(a => a.Name)
            .Concat(_rules.AuthorMetaNames.SelectMany(meta.All))
            .Concat(head.Bylines.OrderBy(b => Math.Abs(b.Order - head.HeadingOrder)).Take(3).Select(b => BylineText(b.Element)));
        foreach (var candidate in candidates)
        {
            if (_bylines.DeskCredit(candidate) is { } desk && (!IsSite(desk, siteName, publisher, host) || IsDeskOfSite(desk, siteName)))
            {
                return desk;
            }
        }

        return null;
    }

    /// <summary>
    /// The first byline element (nearest after the heading, else nearest before it) that yields names, plus its siblings of the same kind;
    /// with <paramref name="personOnly"/>, one that names a person (an organisation's credit is held for a person to outrank).
    /// </summary>
    private string? FromBylineElements(ArticleHead head, string? siteName, string? publisher, string? host, bool strict, bool personOnly, Action<Byline> add)
    {
        var ordered = head.Bylines
            .OrderBy(b => head.HeadingOrder < 0 ? b.Order : b.Order >= head.HeadingOrder ? b.Order - head.HeadingOrder : 100_000 + (head.HeadingOrder - b.Order))
            .ToList();
        foreach (var candidate in ordered)
        {
            // An enclosing byline box whose inner elements are candidates too: let the inner ones speak.
            if (ordered.Any(o => o.Order > candidate.Order && candidate.Element.Contains(o.Element)) && ElementText.Length(candidate.Element, 81) > 80)
            {
                continue;
            }

            var text = BylineText(candidate.Element);
            // A picture's credit line under byline-like markup names who took the picture, not who wrote the article.
            if (_pictureCredit?.IsMatch(text) == true)
            {
                continue;
            }

            var found = strict ? _bylines.Parse(text) : _bylines.ParseLabelled(text);
            var authors = found.Authors.Where(n => !IsSite(n, siteName, publisher, host)).ToList();
            if (authors.Count == 0 && (personOnly || found.Agencies.Count == 0))
            {
                continue;
            }

            add(found);
            var signature = Signature(candidate.Element);
            var parent = candidate.Element.ParentElement?.ParentElement;
            foreach (var sibling in head.Bylines.Where(b => b.Element != candidate.Element && Math.Abs(b.Order - candidate.Order) <= SiblingReach && Signature(b.Element) == signature && parent is not null && parent.Contains(b.Element) && !b.Element.Contains(candidate.Element) && !candidate.Element.Contains(b.Element)))
            {
                var siblingText = BylineText(sibling.Element);
                add(strict ? _bylines.Parse(siblingText) : _bylines.ParseLabelled(siblingText));
            }

            return WhitespaceFolder.FoldLine(text);
        }

        return null;
    }

    /// <summary>A written "By Jane Doe" / "Von Jane Doe" just under (or above) the heading, read strictly: only person-like names count.</summary>
    private string? FromVisibleByline(ArticleHead head, IElement? articleRoot, bool personOnly, Action<Byline> add)
    {
        List<string>? blocks = null;
        var text = head.TextAfterHeading.Length > 600 ? head.TextAfterHeading[..600] : head.TextAfterHeading;
        foreach (var source in (ReadOnlySpan<string>)[text, head.TextBeforeHeading])
        {
            var m = VisibleByline().Match(source);
            var value = m.Success ? _lineBylines.WithoutMonth(m.Value, source[(m.Index + m.Length)..]) : "";
            if (m.Success)
            {
                blocks ??= ShortBlocks(head.Heading, articleRoot);
                value = WithinItsBlock(value, blocks);
            }

            // A news agency the catalogue knows ("Por Agencia EFE") is a byline too; any other organisation is not.
            if (m.Success && _bylines.Parse(value) is { } found && (found.Authors.Count > 0 || (!personOnly && found.Agencies.Count > 0 && found.Agencies.All(a => _bylines.Agencies.Match(a) is not null))))
            {
                add(found);
                return WhitespaceFolder.FoldLine(value);
            }
        }

        return null;
    }

    /// <summary>
    /// The byline cut where its paragraph ends: the text after the heading runs paragraphs together, so a dateline's place in the next
    /// one ("&lt;p&gt;By Cristina Alonso&lt;/p&gt;&lt;p&gt;London, Jun 11 (EFE)") would read as a surname.
    /// </summary>
    private static string WithinItsBlock(string value, List<string> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Length < value.Length && value[block.Length] == ' ' && value.StartsWith(block, StringComparison.Ordinal) && VisibleByline().Match(block) is { Success: true, Index: 0 })
            {
                return block;
            }
        }

        return value;
    }

    /// <summary>The folded texts of the short paragraphs in the heading's section and the article body, where a byline paragraph sits.</summary>
    private static List<string> ShortBlocks(IElement? heading, IElement? articleRoot)
    {
        var blocks = new List<string>();
        foreach (var scope in (ReadOnlySpan<IElement?>)[heading?.ParentElement?.ParentElement, articleRoot])
        {
            if (scope is null)
            {
                continue;
            }

            foreach (var block in scope.QuerySelectorAll("p, li, address, h2, h3, h4, h5, h6"))
            {
                if (ElementText.Length(block, 121) <= 120)
                {
                    blocks.Add(WhitespaceFolder.FoldLine(block.TextContent));
                }
            }
        }

        return blocks;
    }

    /// <summary>A web domain alone ("semissourinews.com"), unless the agency catalogue knows it.</summary>
    private bool IsBareDomain(string name) => BareDomain().IsMatch(name) && _bylines.Agencies.Match(name) is null;

    [GeneratedRegex(@"^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();

    /// <summary>The separators between the parts of a site name that also carries a title ("Title - Site", "Site | Claim").</summary>
    [GeneratedRegex(@"\s[|–—-]\s|\s?\|\s?|:\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<!\p{L})(?:By|Von|Par|Por|Door|Di|Av|Af|Autor:|Autorin:|Author:|Text:|Tekst:|Texto:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|der|la|del|da|di))*(?:\s*(?:,|und|and|&|y|e|en|og|och)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)*", RegexOptions.CultureInvariant)]
    private static partial Regex VisibleByline();

    private static string Signature(IElement element) => element.LocalName + "." + element.ClassName + "." + element.GetAttribute("rel") + "." + element.GetAttribute("itemprop");

    private string BylineText(IElement element)
    {
        if (element.GetAttribute("content") is { Length: > 0 } content)
        {
            return content;
        }

        // A schema.org Person block: its name property is the name; job titles and bios around it are not.
        var name = element.QuerySelector("[itemprop~='name' i]");
        return name is not null && name != element ? name.TextContent : TextWithBreaks(element);
    }

    /// <summary>The element's text with block children separated, so "Jenny Smith&lt;div&gt;Editor&lt;/div&gt;" does not run together.</summary>
    private string TextWithBreaks(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        Append(element);
        return builder.ToString();

        void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e)
                {
                    if (e.LocalName is "script" or "style" or "time" or "img" or "svg" or "button" || _headings.IsKickerOrHidden(e) || IsSocialProfileLink(e))
                    {
                        continue;
                    }

                    var block = e.LocalName is "div" or "p" or "br" or "li" or "ul" or "span" && e.LocalName != "span" ? " | " : " ";
                    builder.Append(block);
                    Append(e);
                    builder.Append(block);
                }
                else if (child.NodeType == NodeType.Text)
                {
                    builder.Append(child.TextContent);
                }
            }
        }
    }

    /// <summary>A link to a social network ("herrpfleger" on Twitter beside "Matthias"): its text is an account, not part of the name.</summary>
    private bool IsSocialProfileLink(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href || !Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return _socialHosts.Contains(host);
    }

    private bool IsSite(string name, string? siteName, string? publisher, string? host) =>
        (SiteNameSuffixRemover.NamesSite(name, siteName, host) || (publisher is not null && SiteNameSuffixRemover.NamesSite(name, publisher, null))
        || StartsWithShortSiteName(name, siteName)) && !NamesPersonBehindSite(name, siteName);

    /// <summary>
    /// A blog named after its author ("Matthew Davis's Blog", "gnaddrig ad libitum", "Dr. Alexander Klier"): the name is part of the
    /// site's name, and what the site's name adds is not a generic word of a newsroom ("Online", "News", "Magazin", a domain, an article).
    /// </summary>
    private bool NamesPersonBehindSite(string name, string? siteName)
    {
        if (siteName is null)
        {
            return false;
        }

        var site = Words(siteName);
        var person = string.Concat(Words(name));
        if (person.Length == 0 || !ReadsAsPerson(name) || Separators().Split(siteName).Any(segment => string.Concat(Words(segment)) == person))
        {
            return false;
        }

        // The name as a run of the site's words, also written together as a handle ("damianduchamps" in "Damian Duchamps' Blog").
        for (var start = 0; start < site.Length; start++)
        {
            for (var end = start + 1; end <= site.Length && end - start < site.Length; end++)
            {
                if (string.Concat(site[start..end]) == person)
                {
                    var rest = site[..start].Concat(site[end..]);
                    return !rest.All(w => w.Contains('.', StringComparison.Ordinal) || _generic.Contains(w) || _bylines.IsOrganisation(w));
                }
            }
        }

        return false;

        // A handle ("gnaddrig") or capitalised words ("Matthew Davis"); not a brand ("Die FURCHE", "kath.net").
        bool ReadsAsPerson(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return !_bylines.IsOrganisation(text) && !_generic.Contains(words[0]) && words.All(w => w.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
                && (words.Length == 1 || (words.Length <= 4 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))));
        }

        // Words as compared: lower case, possessives and punctuation around them gone ("Davis's" is "davis").
        static string[] Words(string text) => text.ToLowerInvariant().Split((char[])[' ', '|', '-', '–', '—', ':', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '!', '?', '"', '“', '”', '*').Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).TrimEnd('\'', '’'))
            .Where(w => w.Length > 0).ToArray();
    }

    /// <summary>The site's own newsroom ("auto-motor.at Redaktion"): the site's name plus a desk word it does not have itself. A credit, not the bare site name.</summary>
    private bool IsDeskOfSite(string name, string? siteName)
    {
        if (siteName is null)
        {
            return false;
        }

        var site = siteName.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !site.Contains(w)).ToList();
        return extra.Count is > 0 and < 3 && _bylines.HasDeskWord(string.Join(' ', extra));
    }

    /// <summary>A one-word site name ("MDR") opening a several-word credit ("MDR THÜRINGEN") names a desk of that site, not a person.</summary>
    private static bool StartsWithShortSiteName(string name, string? siteName)
    {
        if (siteName is null || siteName.Contains(' ', StringComparison.Ordinal) || siteName.Length < 2)
        {
            return false;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name.AsSpan(0, space).Equals(siteName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Adds an agency unless the list already names it, in any spelling ("Associated Press" and "AP" are one).</summary>
    private void AddAgency(List<string> agencies, string? name)
    {
        if (name is null)
        {
            return;
        }

        var canonical = _bylines.Agencies.Match(name) ?? name;
        if (!agencies.Any(a => string.Equals(_bylines.Agencies.Match(a) ?? a, canonical, StringComparison.OrdinalIgnoreCase)))
        {
            agencies.Add(name);
        }
    }

    private static void AddOnce(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? Clean(string? text)
    {
        var folded = WhitespaceFolder.FoldLine(System.Net.WebUtility.HtmlDecode(text ?? ""));
        return folded.Length == 0 ? null : folded;
    }
}
