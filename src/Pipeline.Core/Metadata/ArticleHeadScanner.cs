using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Walks the page body once, skipping comments, related lists, captions and quotes, to collect the <see cref="ArticleHead"/>.</summary>
public sealed partial class ArticleHeadScanner
{
    private const int TextAfterLimit = 1500;
    private const int TextBeforeLimit = 400;
    private const int PageTextLimit = 20_000;
    private const int HeadingLimit = 40;
    private const int ProseLength = 200;
    private const int ShortAuthorBox = 80;
    private const int MaxBylineAsideLength = 200;

    /// <summary>A byline aside's raw text, template indentation included, stays under this.</summary>
    private const int MaxIndentedAsideLength = 2000;
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "van", "von", "vom", "de", "der", "den", "la", "le", "del", "da", "di", "du", "dos", "bin", "al", "y", "und", "and", "&" };

    /// <summary>Tags whose text is never a heading's, a byline's or a date's: scripts, asides, figures, quotes, forms.</summary>
    internal static readonly HashSet<string> ExcludedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "aside", "figure", "figcaption", "blockquote", "nav", "select", "option", "textarea", "form", "iframe" };

    /// <summary>Excluded tags that still hold the article when they wrap its main heading (a page-wide form, a headline set in a figure or a metadata aside).</summary>
    private static readonly HashSet<string> WrapperTags = new(StringComparer.OrdinalIgnoreCase) { "aside", "figure", "figcaption", "blockquote", "form" };
    private readonly ClassIdPattern _excluded;
    private readonly ClassIdPattern _byline;
    private readonly ClassIdPattern _bylineExcluded;
    private readonly ClassIdPattern _date;
    private readonly ClassIdPattern _caption;
    private readonly SearchValues<string> _authorLinks;

    // The four class/id patterns above, judged together once per element (bit i for the i-th).
    private const int ExcludedMark = 1, BylineMark = 2, DateMark = 4, BylineExcludedMark = 8;
    private readonly ClassIdVerdicts _marks;

    public ArticleHeadScanner(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _excluded = Fragments(rules.ExcludedRegionPatterns);
        _byline = Fragments(rules.BylineClassPatterns);
        _bylineExcluded = Fragments(rules.BylineExcludedClassPatterns);
        _date = Fragments(rules.DateClassPatterns);
        _caption = Fragments(rules.CaptionClassPatterns);
        _authorLinks = SearchValues.Create([.. rules.AuthorLinkPatterns], StringComparison.OrdinalIgnoreCase);
        _marks = new ClassIdVerdicts([_excluded, _byline, _date, _bylineExcluded]);
    }

    public ArticleHead Scan(IDocument document, IElement? articleRoot)
    {
        ArgumentNullException.ThrowIfNull(document);
        var canonical = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href") ?? document.QuerySelector("meta[property='og:url' i]")?.GetAttribute("content");
        var site = Uri.TryCreate(canonical?.Trim(), UriKind.Absolute, out var page) && page.Scheme is "http" or "https" && !page.Host.Equals("web.archive.org", StringComparison.OrdinalIgnoreCase) ? SiteOf(page.Host) : null;
        var texts = TextBuilders();
        var walk = new Walk { Root = articleRoot, Site = site, Before = texts[0], After = texts[1], Recent = texts[2], Start = texts[3], Page = texts[4] };
        for (var ancestor = articleRoot; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            walk.RootAncestors.Add(ancestor);
        }

        // The region that holds the main heading is the article's, whatever its tag or class says ("ArticleHeaderComment" on an opinion piece).
        var heading = articleRoot?.QuerySelector("h1") ?? document.QuerySelector("h1");
        walk.Story = heading?.Closest("article");
        for (var ancestor = heading?.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            walk.RootAncestors.Add(ancestor);
        }

        if (document.Body is { } body)
        {
            Visit(body, walk, excluded: false, bylineExcluded: false);
        }

        return new ArticleHead
        {
            Heading = walk.Heading,
            HeadingOrder = walk.HeadingOrder,
            Headings = walk.Headings,
            Bylines = walk.Bylines,
            Dates = walk.Dates,
            TextBeforeHeading = walk.Before.ToString(),
            PageTextSource = PageTextOf(walk.Page),
            // Without a heading, the top of the page stands in for the text under it.
            TextAfterHeading = walk.Heading is null ? walk.Start.ToString() : walk.After.ToString(),
        };
    }

    // A walk's five text builders grow to tens of KB on every page: one set per thread serves every page.
    [ThreadStatic]
    private static StringBuilder[]? t_texts;

    // Counts the thread's scans: the page text is read from a builder the thread's next scan reuses.
    [ThreadStatic]
    private static int t_scans;

    /// <summary>The page text, made from the walk's builder when first asked for, on the scanning thread, before its next scan.</summary>
    private static Func<string> PageTextOf(StringBuilder page)
    {
        var scan = t_scans;
        return () => scan == t_scans && ReferenceEquals(t_texts?[4], page)
            ? page.ToString()
            : throw new InvalidOperationException("The page text is read after the scanning thread's next scan.");
    }

    /// <summary>Larger builders are not kept, so one huge text node does not hold its memory for the thread's lifetime.</summary>
    private const int MaxKeptCapacity = 1 << 16;

    private static StringBuilder[] TextBuilders()
    {
        t_scans++;
        var texts = t_texts ??= [new(), new(), new(), new(), new()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = texts[i].Capacity <= MaxKeptCapacity ? texts[i].Clear() : new StringBuilder();
        }

        return texts;
    }

    // The rules' fragments are plain words: searched for directly, no regex or memo lookup per element.
    private static ClassIdPattern Fragments(IEnumerable<string> fragments) => ClassIdPattern.OfWords(fragments);

    /// <summary>
    /// Whether the region's own classes name an excluded region: state classes of layout wrappers ("has-sidebar", "no-comments")
    /// say what the page contains, not what the wrapper is, and must not hide the whole article.
    /// </summary>
    /// <remarks>A caption captions a picture: a "caption"-styled line with no image, figure or video beside it (the date line under a headline) is not one.</remarks>
    private bool NamesExcludedRegion(IElement element, string marks)
    {
        foreach (var range in marks.AsSpan().Split(' '))
        {
            var token = marks.AsSpan(range);
            if (!token.IsEmpty && !StateClass().IsMatch(token) && _excluded.IsMatch(token) && (!_caption.IsMatch(token) || HasMediaBeside(element)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMediaBeside(IElement element) =>
        (element.ParentElement ?? element).QuerySelector("img, picture, figure, video, iframe, svg") is not null;

    /// <summary>An &lt;aside&gt; inside the story's own &lt;article&gt; is about the story (its date in a details box), not the page's sidebar.</summary>
    private static bool IsStoryAside(IElement element, string tag, Walk walk) =>
        tag == "aside" && walk.Story is { } story && story.Contains(element);

    /// <summary>A short &lt;aside&gt; marked as the byline or the date ("author", "byline") holds the story's credit line and stamp, not a sidebar's widgets.</summary>
    private static bool IsBylineAside(IElement element, string tag, int verdict) =>
        tag == "aside" && (verdict & (BylineMark | DateMark)) != 0 && ElementText.Length(element, MaxIndentedAsideLength) < MaxIndentedAsideLength
        && ElementText.Folded(element, MaxIndentedAsideLength).Length < MaxBylineAsideLength;

    /// <summary>The site's banner (a &lt;header&gt; outside any article, or role="banner") shows the site's clock and menus, never the article's date or byline.</summary>
    private static bool IsSiteBanner(IElement element, string tag, in ScannedAttributes attributes) =>
        (tag == "header" && element.Closest("article, main") is null)
        || string.Equals(attributes.Role, "banner", StringComparison.OrdinalIgnoreCase);

    /// <summary>A state class of a wrapper ("has-sidebar", "no-comments"): it says what the page holds, not what the wrapper is.</summary>
    [GeneratedRegex(@"^(?:has|with|no|is|show|hide|without)[-_]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StateClass();

    private void Visit(IElement element, Walk walk, bool excluded, bool bylineExcluded)
    {
        var order = walk.Order++;
        var tag = element.LocalName;
        // Inside an excluded region an element's classes cannot bring it back, so they are not read.
        var (marks, verdict) = excluded ? ("", 0) : Marks(element, walk);
        // Only an element not already inside an excluded region is asked about its attributes.
        var attributes = excluded ? default : ScannedAttributes.Of(element);
        // Page-level containers carry state classes ("comments-open", "has-sidebar") that say nothing about their own role.
        // So do wrappers around the main content ("has-sidebar", "blog-sidebar-position-right"): a region holding the article is not beside it.
        var container = !excluded && (tag is "body" or "main" or "article" || walk.RootAncestors.Contains(element));
        // A details box in the story's aside dates the story; its credit lines stay out of the byline search as before.
        var storyAside = IsStoryAside(element, tag, walk) || IsBylineAside(element, tag, verdict);
        bylineExcluded |= storyAside;
        excluded = excluded
            || (ExcludedTags.Contains(tag) && !(WrapperTags.Contains(tag) && walk.RootAncestors.Contains(element)) && !storyAside)
            || (!container && IsSiteBanner(element, tag, attributes))
            || (!container && (verdict & ExcludedMark) != 0 && (verdict & (BylineMark | DateMark)) == 0 && NamesExcludedRegion(element, marks));
        bylineExcluded = bylineExcluded || excluded || (!container && (verdict & BylineExcludedMark) != 0 && !IsShortAuthorBox(element, marks));
        if (excluded && tag is "script" or "style" or "noscript" or "template" or "svg")
        {
            return;
        }

        if (!excluded)
        {
            Inspect(element, tag, marks, verdict, attributes, order, walk, bylineExcluded);
        }

        if (tag is "h1" or "h2" && walk.Headings.Count < HeadingLimit)
        {
            walk.Headings.Add(new PageHeading(element, order, excluded));
        }

        foreach (var child in element.NodeChildren())
        {
            if (child is IElement childElement)
            {
                Visit(childElement, walk, excluded, bylineExcluded);
            }
            else if (!excluded && child.NodeType == NodeType.Text)
            {
                AppendText(child.TextContent, walk);
            }
        }
    }

    /// <summary>The element's "class id" string and the four patterns' verdict on it.</summary>
    /// <remarks>Elements without an id repeat a page's class strings, and AngleSharp shares one string object per repeated value: those are judged once per page.</remarks>
    private (string Marks, int Verdict) Marks(IElement element, Walk walk)
    {
        var cls = element.ClassName;
        var id = element.Id;
        if (!string.IsNullOrEmpty(id) || string.IsNullOrEmpty(cls))
        {
            var marks = (cls ?? "") + " " + (id ?? "");
            return (marks, marks.Length > 1 ? _marks.Judge(marks) : 0);
        }

        if (!walk.ClassMarks.TryGetValue(cls, out var known))
        {
            var marks = cls + " ";
            known = (marks, _marks.Judge(marks));
            walk.ClassMarks.Add(cls, known);
        }

        return known;
    }

    private void Inspect(IElement element, string tag, string marks, int verdict, in ScannedAttributes attributes, int order, Walk walk, bool bylineExcluded)
    {
        if (tag == "h1" && (walk.Heading is null || (walk.Root is not null && !walk.HeadingInRoot && walk.Root.Contains(element))))
        {
            walk.Heading = element;
            walk.HeadingOrder = order;
            walk.HeadingInRoot = walk.Root?.Contains(element) == true;
            walk.After.Clear();
            walk.Before.Clear();
            walk.Before.Append(walk.Recent);
        }

        var itemprop = attributes.Itemprop ?? "";
        if (!bylineExcluded && IsByline(element, tag, marks, verdict, attributes, walk))
        {
            walk.Bylines.Add(new OrderedElement(element, order));
        }

        if (tag is "time" or "abbr" || attributes.HasDatetime || itemprop.Contains("date", StringComparison.OrdinalIgnoreCase)
            || attributes.HasUtime || ((verdict & DateMark) != 0 && element.ChildElementCount <= 4 && ElementText.Length(element, 120) < 120))
        {
            walk.Dates.Add(new OrderedElement(element, order));
        }
    }

    private bool IsByline(IElement element, string tag, string marks, int verdict, in ScannedAttributes attributes, Walk walk)
    {
        if (tag is "author" or "address" && (marks.Length == 1 || (verdict & BylineMark) != 0))
        {
            // An unmarked <address> with digits is a postal address (street number, postcode, phone), not the author's contact.
            return marks.Length > 1 || !element.TextContent.Any(char.IsDigit);
        }

        var rel = attributes.Rel ?? "";
        var component = (attributes.Component ?? "") + " " + (attributes.TestId ?? "");
        var flagged = rel.Contains("author", StringComparison.OrdinalIgnoreCase)
            || (attributes.Itemprop ?? "").Contains("author", StringComparison.OrdinalIgnoreCase)
            || (component.Length > 1 && _byline.IsMatch(component))
            || (verdict & BylineMark) != 0
            || (tag == "a" && attributes.Href is { } href && IsAuthorPageLink(href, walk.Site) && !InProse(element) && ReadsAsName(element));
        // Large containers are checked by child count first: their text is long anyway, and reading it is the costly part.
        return flagged && element.ChildElementCount <= 12 && ElementText.Length(element, 300) is > 1 and < 300;
    }

    /// <summary>An "author box" holding no more than a name and a date is the byline, not the author's biography below the story.</summary>
    private bool IsShortAuthorBox(IElement element, string marks) =>
        _byline.IsMatch(marks) && element.ChildElementCount <= 4 && ElementText.Length(element, ShortAuthorBox + 1) <= ShortAuthorBox;

    /// <summary>A link to an author's page on this site ("/author/jane-doe"); one to another site ("youtube.com/user/…", a profile on a social network) is not the byline's.</summary>
    private bool IsAuthorPageLink(string href, string? site)
    {
        if (!href.AsSpan().ContainsAny(_authorLinks))
        {
            return false;
        }

        return site is null || !Uri.TryCreate(href, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https")
            || target.Host.Equals("web.archive.org", StringComparison.OrdinalIgnoreCase) || SiteOf(target.Host) == site;
    }

    /// <summary>A link flagged only by its address must read as a name: "Datenschutzeinstellungen verwalten" or "Who we are" is an action or a page.</summary>
    private static bool ReadsAsName(IElement link)
    {
        var words = link.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || words.All(w => !char.IsLower(w[0]) || NameParticles.Contains(w));
    }

    /// <summary>The last two labels of a host ("example.com" for "www.example.com"): links between a site's subdomains stay on the site.</summary>
    private static string SiteOf(string host)
    {
        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        return labels.Length >= 2 ? labels[^2] + "." + labels[^1] : host.ToLowerInvariant();
    }

    /// <summary>A link inside a paragraph of running text mentions someone (a player's profile, a quoted expert); a byline stands apart.</summary>
    private static bool InProse(IElement link) =>
        link.ParentElement is { LocalName: "p" } paragraph && ElementText.Length(paragraph, ProseLength) >= ProseLength;

    private static void AppendText(string text, Walk walk)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (walk.Heading is not null && walk.After.Length < TextAfterLimit)
        {
            walk.After.Append(text).Append(' ');
        }

        if (walk.Page.Length < PageTextLimit)
        {
            walk.Page.Append(text).Append(' ');
        }

        if (walk.Heading is null && walk.Start.Length < TextAfterLimit)
        {
            walk.Start.Append(text).Append(' ');
        }

        if (walk.Heading is null)
        {
            walk.Recent.Append(text).Append(' ');
            if (walk.Recent.Length > TextBeforeLimit * 2)
            {
                walk.Recent.Remove(0, walk.Recent.Length - TextBeforeLimit);
            }
        }
    }

    private sealed class Walk
    {
        public IElement? Root { get; init; }

        /// <summary>The &lt;article&gt; that holds the main heading, if any.</summary>
        public IElement? Story { get; set; }

        /// <summary>The page's own site (see <see cref="SiteOf"/>), when its canonical address says.</summary>
        public string? Site { get; init; }
        public HashSet<IElement> RootAncestors { get; } = [];

        /// <summary>Marks and verdicts by class string object (see <see cref="Marks"/>).</summary>
        public Dictionary<string, (string Marks, int Verdict)> ClassMarks { get; } = new(ReferenceEqualityComparer.Instance);
        public int Order { get; set; }
        public IElement? Heading { get; set; }
        public int HeadingOrder { get; set; } = -1;
        public bool HeadingInRoot { get; set; }
        public List<OrderedElement> Bylines { get; } = [];
        public List<PageHeading> Headings { get; } = [];
        public List<OrderedElement> Dates { get; } = [];
        public required StringBuilder Before { get; init; }
        public required StringBuilder After { get; init; }
        public required StringBuilder Recent { get; init; }
        public required StringBuilder Start { get; init; }
        public required StringBuilder Page { get; init; }
    }
}
