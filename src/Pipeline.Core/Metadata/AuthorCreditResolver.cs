using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Who wrote the page, most trusted evidence first: the structured data's authors, the author meta tags, the byline elements and
/// written bylines around the heading and at the body's edges, then the organisation, desk or site the page credits when it names no one.
/// </summary>
internal sealed partial class AuthorCreditResolver
{
    /// <summary>An organisation's name, street, city and country fit in this many characters.</summary>
    private const int MaxOrganisationAddressChars = 200;

    private readonly MetadataRules _rules;
    private readonly BylineParser _bylines;
    private readonly SiteCredit _siteCredit;
    private readonly BylineElementText _bylineText;
    private readonly BylineElementCredits _elementCredits;
    private readonly HeadingLineBylineFinder _lineBylines;
    private readonly VisibleBylineFinder _visibleBylines;
    private readonly EditorCreditBylineFinder _editorCredits;
    private readonly PersonalSiteOwner _siteOwner;
    private readonly HashSet<string> _authorMetaLabels;
    private readonly ShownEditors _shownEditors;
    private readonly WrittenCoAuthors _coAuthors;

    public AuthorCreditResolver(MetadataRules rules, HeadingReader headings)
    {
        _rules = rules;
        _bylines = new BylineParser(rules);
        _siteCredit = new SiteCredit(rules, _bylines);
        _bylineText = new BylineElementText(rules, headings, _bylines.Names);
        _lineBylines = new HeadingLineBylineFinder(rules, _bylines);
        _visibleBylines = new VisibleBylineFinder(_bylines, _lineBylines);
        _editorCredits = new EditorCreditBylineFinder(rules);
        _siteOwner = new PersonalSiteOwner(rules);
        _authorMetaLabels = new HashSet<string>(rules.AuthorMetaLabels, StringComparer.Ordinal);
        _elementCredits = new BylineElementCredits(rules, _bylines, _bylineText);
        _shownEditors = new ShownEditors(rules, _bylines, _bylineText);
        _coAuthors = new WrittenCoAuthors(_bylines, _siteCredit, _elementCredits, _visibleBylines);
    }

    /// <summary>The authors, the agencies and the byline text the page shows, if one was read.</summary>
    public (List<string> Authors, List<string> Agencies, string? Byline) Resolve(IDocument document, JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, IElement? articleRoot, PageSite site)
    {
        var credits = new CreditList(_bylines, _siteCredit, site);
        FromStructuredData(jsonLd, head, credits);
        if (credits.Empty && credits.Organisations.Count == 0)
        {
            FromAuthorMeta(meta, credits);
            PreferWrittenByline(head, articleRoot, credits);
        }
        else if (credits.Authors.Count > 0 && credits.Agencies.Count == 0 && jsonLd.Authors.All(a => a.ByReference))
        {
            // The data points to a site-wide person node (the CMS account that published the story), as a meta tag names the uploader;
            // a details box under the heading ("<dt>Auteur</dt><dd>Jane Doe</dd>") is the page's written byline too.
            PreferWrittenByline(head, articleRoot, credits, withHeadingLines: true);
        }

        _coAuthors.AddTo(credits, head, articleRoot);

        // Beside a person the structured data names, an organisation is credited too, as before.
        if (credits.Authors.Count > 0)
        {
            credits.Organisations.ForEach(o => credits.AddAgency(credits.Agencies, o));
            credits.Organisations.Clear();
        }

        FromPage(document, head, articleRoot, credits);
        WhenNobodyIsNamed(jsonLd, meta, head, credits);

        // Only an agency credited: its story may name its reporters on the closing line, as wire copy does.
        if (credits.Authors.Count == 0 && credits.Agencies.Count > 0 && _lineBylines.ReportersAtEnd(articleRoot) is { } reporters)
        {
            credits.Add(reporters);
        }

        // No credit of any kind: the person the copyright notice names holds the rights to what they wrote.
        if (credits.Empty && CopyrightNoticeHolder.Find(document, articleRoot, _bylines, credits.NamesSite, site.Name) is { } holder)
        {
            credits.Authors.Add(holder);
        }

        return ([.. credits.Authors], credits.Agencies, credits.Byline);
    }

    /// <summary>The JSON-LD authors: agencies, the site's own credit, organisations and CMS handles each go where they count.</summary>
    private void FromStructuredData(JsonLdFacts jsonLd, ArticleHead head, CreditList credits)
    {
        foreach (var author in jsonLd.Authors)
        {
            // An agency is credited even when it is also the publisher (the agency's own site).
            if (_bylines.Agencies.Match(author.Name) is not null)
            {
                credits.AddAgency(credits.Agencies, MetaText.Clean(author.Name));
                continue;
            }

            if (credits.NamesSite(author.Name))
            {
                credits.SiteCredit ??= MetaText.Clean(author.Name);
                continue;
            }

            if (author.IsOrganization || (_bylines.IsOrganisation(author.Name) && !IsPersonBehindRole(author.Name)))
            {
                credits.AddAgency(credits.Organisations, _bylines.Names.Normalize(author.Name) is null ? null : MetaText.Clean(author.Name));
                continue;
            }

            if (AccountHandle.IsHandle(author.Name))
            {
                credits.Handles.Add(author.Name);
                continue;
            }

            credits.Add(_bylines.ParseLabelled(author.Name));
        }

        // Structured data that names the article's editor as its author: the page's own "Editor: X" says who X is.
        if (credits.Authors.Count > 0 && _shownEditors.Find(head) is { Count: > 0 } editors)
        {
            credits.Authors.RemoveAll(editors.Contains);
        }
    }

    /// <summary>
    /// The page's written byline under the heading ("Von Jane Doe") over the author meta tag that names someone else (the account that
    /// uploaded the story, the magazine) or spells the same person without the accents ("Gabor Munier" for "Gàbor Muniér"). A byline
    /// that runs on from the tag's name into the next words ("Jane Doe Lifestyle") says nothing new and leaves the tag standing.
    /// </summary>
    private void PreferWrittenByline(ArticleHead head, IElement? articleRoot, CreditList credits, bool withHeadingLines = false)
    {
        if (credits.Authors.Count == 0)
        {
            return;
        }

        var written = _visibleBylines.Find(head, articleRoot, personOnly: true);
        if (written is null && withHeadingLines && _lineBylines.Find(HeadingWithText(head), articleRoot) is { Byline: { Agencies.Count: 0 } } line
            && BylineLinePatterns.WriterNounAlone().IsMatch(line.Text.Split(' ')[0]))
        {
            written = line;
        }

        if (written is not { Byline.Authors.Count: > 0 } shown)
        {
            return;
        }

        var tagged = credits.Authors.Select(AuthorNameNormalizer.Folded).ToList();
        var writtenNames = shown.Byline.Authors.Select(AuthorNameNormalizer.Folded).ToList();
        var someoneElse = !writtenNames.Any(w => tagged.Any(t => w.StartsWith(t, StringComparison.Ordinal) || t.StartsWith(w, StringComparison.Ordinal)));
        var accentsRestored = writtenNames.SequenceEqual(tagged) && !shown.Byline.Authors.SequenceEqual(credits.Authors, StringComparer.OrdinalIgnoreCase);
        if (someoneElse || accentsRestored)
        {
            credits.Authors.Clear();
            credits.Add(shown.Byline);
            credits.Byline = shown.Text;
        }
    }

    /// <summary>
    /// An author tag that credits the site or an organisation and then where it sits ("SPIEGEL ONLINE, Hamburg, Germany", "Olympia-Verlag
    /// GmbH, Nürnberg, Germany"): the places are no co-authors, so only the credit is read. A person named after it keeps the whole tag.
    /// </summary>
    private string WithoutOrganisationAddress(string value, CreditList credits)
    {
        // A credit and its address are a few parts; a tag of hundreds (a damaged page's) is left to the byline parser's own limits.
        if (value.Length > MaxOrganisationAddressChars)
        {
            return value;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && (credits.NamesSite(parts[0]) || _bylines.IsOrganisation(parts[0])) && !parts.Skip(1).Any(BylineParser.LooksLikePersonName)
            ? parts[0]
            : value;
    }

    /// <summary>The author meta tags, then the "Written by" label/value pair blog engines add to the Twitter card.</summary>
    private void FromAuthorMeta(MetaTags meta, CreditList credits)
    {
        foreach (var values in _rules.AuthorMetaNames.Select(meta.All).Append(meta.LabelledData(_authorMetaLabels)))
        {
            // One name tagged many times is read once.
            foreach (var tagged in values.Distinct(StringComparer.Ordinal))
            {
                var value = WithoutOrganisationAddress(tagged, credits);
                if (credits.NamesSite(value) || _siteCredit.NamesSocialNetwork(value))
                {
                    continue;
                }

                var found = _bylines.ParseLabelled(value);
                if (found.Authors.Count == 0 && found.Agencies.Count > 0 && found.Agencies.All(a => _bylines.Agencies.Match(a) is null))
                {
                    // One organisation named in full ("Organization for Transformative Works"): as the tag spells it, since reading it as a
                    // name cut it at its first connecting word.
                    var whole = found.Agencies.Count == 1 && value.AsSpan().IndexOfAny(",;|/") < 0 && _bylines.IsOrganisation(value) ? MetaText.Clean(value) : null;
                    foreach (var organisation in (whole is null ? found.Agencies : [whole]).Where(credits.IsAgencyCredit))
                    {
                        credits.AddAgency(credits.Organisations, organisation);
                    }

                    continue;
                }

                credits.Add(found);
            }

            if (credits.Authors.Count > 0)
            {
                break;
            }
        }
    }

    /// <summary>
    /// The bylines the page shows, first one that credits someone: byline elements, a written "By …" near the heading, the structured
    /// data's handles, a line beside the heading, the body's first or last line, an editor's credit anywhere.
    /// </summary>
    /// <remarks>An organisation credited in the data lets only a person outrank it; a site or organisation credit makes the reading strict.</remarks>
    private void FromPage(IDocument document, ArticleHead head, IElement? articleRoot, CreditList credits)
    {
        var personOnly = credits.Organisations.Count > 0;
        var credited = credits.SiteCredit is not null || personOnly;
        if (credits.Empty)
        {
            credits.Byline = _elementCredits.Read(head, strict: credited, personOnly, credits);
            PreferWrittenNameOverLogin(head, articleRoot, credits);
        }

        if (credits.Empty)
        {
            var visible = _visibleBylines.Find(head, articleRoot, personOnly);
            if (visible is { } shown)
            {
                credits.Add(shown.Byline);
            }

            credits.Byline = visible?.Text;
        }

        if (credits.Empty)
        {
            foreach (var handle in credits.Handles)
            {
                credits.Add(_bylines.ParseLabelled(handle));
            }
        }

        if (credits.Empty && _lineBylines.Find(HeadingWithText(head), articleRoot) is { } line && (!credited || line.Byline.Authors.Any(n => !credits.NamesSite(n))))
        {
            credits.Add(line.Byline);
            credits.Byline = line.Text;
        }

        if (credits.Empty && BodyEdgeBylineFinder.Find(articleRoot, _bylines) is { } edge && (!personOnly || edge.Byline.Authors.Count > 0))
        {
            credits.Add(edge.Byline);
            credits.Byline = WhitespaceFolder.FoldLine(edge.Text);
        }

        if (credits.Empty && _lineBylines.FindAtEnd(articleRoot) is { } closing && (!credited || closing.Byline.Authors.Any(n => !credits.NamesSite(n))))
        {
            credits.Add(closing.Byline);
            credits.Byline = closing.Text;
        }

        if (credits.Empty && _editorCredits.Find(document, _bylines) is { } editorCredit && (!personOnly || editorCredit.Byline.Authors.Count > 0))
        {
            credits.Add(editorCredit.Byline);
            credits.Byline = editorCredit.Text;
        }

        // Still nobody: on a personal site (its domain spells its owner's name) the owner wrote the page.
        if (credits.Empty && credits.Organisations.Count == 0 && credits.SiteCredit is null && _siteOwner.Find(credits.Site.Host, [credits.Site.Name, document.Title], document) is { } owner)
        {
            credits.Authors.Add(owner);
        }
    }

    /// <summary>
    /// A byline element that shows only a login name ("Gespeichert von human") beside a labelled line under the heading that credits a
    /// person by full name ("Blog Beitrag von Jane Doe"): the CMS filled in the account that posted the story, the story's own line says
    /// who wrote it. A bare "von Jane Doe" does not count: in a forum post under a member's name it is the byline of a quoted article.
    /// </summary>
    private void PreferWrittenNameOverLogin(ArticleHead head, IElement? articleRoot, CreditList credits)
    {
        if (credits.Authors.Count != 1 || credits.Agencies.Count > 0 || credits.Byline is not { } shown || !AccountHandle.IsHandle(shown)
            || _lineBylines.Find(HeadingWithText(head), articleRoot) is not { Byline: { Authors: [var person], Agencies.Count: 0 } } line
            || !person.Contains(' ', StringComparison.Ordinal) || credits.NamesSite(person) || !BylineLinePatterns.Labelled().IsMatch(line.Text))
        {
            return;
        }

        credits.Authors.Clear();
        credits.Add(line.Byline);
        credits.Byline = line.Text;
    }

    /// <summary>With no person named, the credits the page gives instead: an organisation, a desk, the site's own newsroom; a bare domain beside another credit goes.</summary>
    private void WhenNobodyIsNamed(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, CreditList credits)
    {
        // Nobody named: a credit to the newsroom ("Redaktion", "PETA-Team") is still the page's statement of authorship.
        if (credits.Authors.Count == 0)
        {
            credits.Organisations.ForEach(o => credits.AddAgency(credits.Agencies, o));
        }

        if (credits.Empty && credits.SiteCredit is null && FindDeskCredit(jsonLd, meta, head, credits) is { } desk)
        {
            credits.Agencies.Add(desk);
            credits.Byline ??= desk;
        }

        // The page credits its own newsroom and names nobody else: that credit, as the page spells it ("दैनिक भास्कर" beside "Dainik Bhaskar").
        if (credits.Empty && credits.SiteCredit is not null)
        {
            credits.Agencies.Add(credits.SiteCredit);
        }

        // A bare web domain beside another credit is a site's name, not a second credit ("Semissourinews.com" beside its newsroom).
        if (credits.Authors.Count > 0 || credits.Agencies.Any(a => !IsBareDomain(a)))
        {
            credits.Agencies.RemoveAll(IsBareDomain);
        }
    }

    /// <summary>
    /// True when a name with an organisation word is a person once cleaned: a role naming the newsroom
    /// ("News-Korrespondent Jane Doe") is what carried the word. A role that leaves one word ("Guardian staff reporter") was the credit.
    /// </summary>
    private bool IsPersonBehindRole(string name) =>
        _bylines.Names.Normalize(name) is { } cleaned && !_bylines.IsOrganisation(cleaned) && BylineParser.LooksLikePersonName(cleaned);

    /// <summary>The main heading, or the first one with text when that is a logo's (an image in an h1): the byline sits by the story's own heading.</summary>
    private static IElement? HeadingWithText(ArticleHead head) =>
        head.Heading is { } heading && string.IsNullOrWhiteSpace(heading.TextContent)
            ? head.Headings.FirstOrDefault(h => h.Order > head.HeadingOrder && !h.Aside && h.Element.LocalName == "h1" && !string.IsNullOrWhiteSpace(h.Element.TextContent))?.Element ?? heading
            : head.Heading;

    /// <summary>The first desk credit among the JSON-LD authors, the author meta tags and the three byline elements nearest the heading.</summary>
    private string? FindDeskCredit(JsonLdFacts jsonLd, MetaTags meta, ArticleHead head, CreditList credits)
    {
        var candidates = jsonLd.Authors.Select(a => a.Name)
            .Concat(_rules.AuthorMetaNames.SelectMany(meta.All))
            .Concat(head.Bylines.OrderBy(b => Math.Abs(b.Order - head.HeadingOrder)).Take(3).Select(b => _bylineText.Read(b.Element)));
        foreach (var candidate in candidates)
        {
            if (_bylines.DeskCredit(candidate) is { } desk && credits.IsAgencyCredit(desk))
            {
                return desk;
            }
        }

        return null;
    }

    /// <summary>A web domain alone ("semissourinews.com"), unless the agency catalogue knows it.</summary>
    private bool IsBareDomain(string name) => BareDomain().IsMatch(name) && _bylines.Agencies.Match(name) is null;

    [GeneratedRegex(@"^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDomain();
}
