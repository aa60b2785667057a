using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Walks the page body once, skipping comments, related lists, captions and quotes, to collect the <see cref="ArticleHead"/>.</summary>
public sealed class ArticleHeadScanner
{
    private const int HeadingLimit = 40;

    private readonly HeadClassMarks _marks;
    private readonly ExcludedRegions _regions;
    private readonly BylineMarkup _bylines;
    private readonly ClassIdPattern _pictureAuthors;

    public ArticleHeadScanner(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // The rules' fragments are plain words: searched for directly, no regex or memo lookup per element.
        var excluded = ClassIdPattern.OfWords(rules.ExcludedRegionPatterns);
        var byline = ClassIdPattern.OfWords(rules.BylineClassPatterns);
        _marks = new HeadClassMarks(excluded, byline, ClassIdPattern.OfWords(rules.DateClassPatterns), ClassIdPattern.OfWords(rules.BylineExcludedClassPatterns));
        _regions = new ExcludedRegions(excluded, ClassIdPattern.OfWords(rules.CaptionClassPatterns));
        _bylines = new BylineMarkup(byline, new AuthorPageLink(rules.AuthorLinkPatterns));
        _pictureAuthors = ClassIdPattern.OfWords(rules.PictureAuthorClassPatterns);
    }

    public ArticleHead Scan(IDocument document, IElement? articleRoot)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Scan(document, articleRoot, MainHeading(articleRoot, articleRoot is null ? null : NamedElements.FirstDescendant(articleRoot, "h1"), NamedElements.FirstDescendant(document, "h1")));
    }

    /// <param name="document">The page.</param>
    /// <param name="articleRoot">The element chosen as main content, if known.</param>
    /// <param name="mainHeadings">The page's h1 elements in document order (<see cref="PageWideElements.MainHeadings"/>): the main heading is picked from them without another walk of the tree.</param>
    public ArticleHead Scan(IDocument document, IElement? articleRoot, IReadOnlyList<IElement> mainHeadings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mainHeadings);
        return Scan(document, articleRoot, MainHeading(articleRoot, mainHeadings));
    }

    /// <summary>
    /// The first h1 inside <paramref name="articleRoot"/>, else the page's first: what the walks of <see cref="Scan(IDocument, IElement?)"/> find.
    /// An h1 inside the root set below paragraphs of its text heads a box in the text, and the page's first h1 stays the article's.
    /// </summary>
    internal static IElement? MainHeading(IElement? articleRoot, IReadOnlyList<IElement> mainHeadings)
    {
        if (articleRoot is not null)
        {
            foreach (var heading in mainHeadings)
            {
                if (heading != articleRoot && articleRoot.Contains(heading))
                {
                    return MainHeading(articleRoot, heading, mainHeadings[0]);
                }
            }
        }

        return mainHeadings.Count > 0 ? mainHeadings[0] : null;
    }

    /// <summary>Between the root's first h1 and the page's first: the root's, unless paragraphs of the root's text come before it.</summary>
    internal static IElement? MainHeading(IElement? articleRoot, IElement? firstInRoot, IElement? firstOnPage) =>
        articleRoot is null || firstInRoot is null ? firstOnPage
        : firstInRoot == firstOnPage || !TextBeforeHeading.StartsAbove(articleRoot, firstInRoot) ? firstInRoot : firstOnPage;

    private ArticleHead Scan(IDocument document, IElement? articleRoot, IElement? heading)
    {
        var canonical = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href") ?? document.QuerySelector("meta[property='og:url' i]")?.GetAttribute("content");
        var walk = new Walk { Root = articleRoot, Site = AuthorPageLink.SiteOfPage(canonical), Texts = HeadTexts.ForNewScan() };
        for (var ancestor = articleRoot; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            walk.RootAncestors.Add(ancestor);
        }

        // The region that holds the main heading is the article's, whatever its tag or class says ("ArticleHeaderComment" on an opinion piece).
        walk.Story = heading is null ? null : NamedElements.Closest(heading, "article");
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
            TextBeforeHeading = walk.Texts.BeforeHeading,
            PageTextSource = walk.Texts.PageTextSource(),
            TextAfterHeading = walk.Texts.AfterHeading(walk.Heading is not null),
        };
    }

    private void Visit(IElement element, Walk walk, bool excluded, bool bylineExcluded)
    {
        var order = walk.Order++;
        var tag = element.LocalName;
        // Inside an excluded region an element's classes cannot bring it back, so they are not read.
        var (marks, verdict) = excluded ? ("", 0) : _marks.Of(element, walk.ClassMarks);
        // Only an element not already inside an excluded region is asked about its attributes.
        var attributes = excluded ? default : ScannedAttributes.Of(element);
        // Page-level containers carry state classes ("comments-open", "has-sidebar") that say nothing about their own role.
        // So do wrappers around the main content ("has-sidebar", "blog-sidebar-position-right"): a region holding the article is not beside it.
        var container = !excluded && (tag is "body" or "main" or "article" || walk.RootAncestors.Contains(element));
        // A details box in the story's aside dates the story; its credit lines stay out of the byline search as before.
        // So does a figure holding the story's byline card (its time dates the story); its names stay out of the byline search as before.
        var storyAside = ExcludedRegions.IsStoryAside(element, tag, walk.Story);
        var bylineAside = ExcludedRegions.IsBylineAside(element, tag, verdict);
        var storyRegion = storyAside || bylineAside || (!excluded && ExcludedRegions.IsBylineCard(element, tag));
        // A short aside marked as the byline, or one in the story's own article, is the story's details box: the marked elements in it
        // (the writer's name, a link to the writer's page) are the byline; the box itself also holds the date and the section.
        var detailsBox = bylineAside || (storyAside && ExcludedRegions.IsCreditLength(element));
        bylineExcluded |= storyRegion && !detailsBox;
        excluded = excluded
            || (ExcludedRegions.HasExcludedTag(element, tag, walk.RootAncestors) && !storyRegion)
            || (!container && ExcludedRegions.IsSiteBanner(element, tag, attributes))
            || (!container && _regions.IsNamedByClass(element, marks, verdict, walk.Media));
        // A picture's credit is classed like a byline ("img-author") and as short as one: only the class tells the two apart. Asked only of
        // elements classed as bylines, which are few.
        bylineExcluded = bylineExcluded || excluded || (!container && (verdict & HeadClassMarks.BylineExcluded) != 0 && !_bylines.IsShortAuthorBox(element, marks))
            || ((verdict & HeadClassMarks.Byline) != 0 && _pictureAuthors.IsMatch(marks));
        if (excluded && tag is "script" or "style" or "noscript" or "template" or "svg")
        {
            return;
        }

        if (!excluded)
        {
            Inspect(element, tag, marks, verdict, attributes, order, walk, bylineExcluded || detailsBox);
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
                walk.Texts.Append(child.TextContent, afterHeading: walk.Heading is not null);
            }
        }
    }

    private void Inspect(IElement element, string tag, string marks, int verdict, in ScannedAttributes attributes, int order, Walk walk, bool bylineExcluded)
    {
        // An h1 in the root, below paragraphs of its text, heads a box set into the text: the h1 above the root stays the article's.
        if (tag == "h1" && (walk.Heading is null || (walk.Root is not null && !walk.HeadingInRoot && walk.Root.Contains(element) && !TextBeforeHeading.StartsAbove(walk.Root, element))))
        {
            walk.Heading = element;
            walk.HeadingOrder = order;
            walk.HeadingInRoot = walk.Root?.Contains(element) == true;
            walk.Texts.HeadingFound();
        }

        var itemprop = attributes.Itemprop ?? "";
        if (!bylineExcluded && _bylines.IsByline(element, tag, marks, verdict, attributes, walk.Site))
        {
            walk.Bylines.Add(new OrderedElement(element, order));
        }

        if (tag is "time" or "abbr" || attributes.HasDatetime || itemprop.Contains("date", StringComparison.OrdinalIgnoreCase)
            || attributes.HasUtime || ((verdict & HeadClassMarks.Date) != 0 && element.ChildElementCount <= 4 && ElementText.Length(element, 120) < 120))
        {
            walk.Dates.Add(new OrderedElement(element, order));
        }
    }

    private sealed class Walk
    {
        public IElement? Root { get; init; }

        /// <summary>The &lt;article&gt; that holds the main heading, if any.</summary>
        public IElement? Story { get; set; }

        /// <summary>The page's own site (see <see cref="AuthorPageLink.SiteOfPage"/>), when its canonical address says.</summary>
        public string? Site { get; init; }
        public HashSet<IElement> RootAncestors { get; } = [];

        /// <summary>Marks and verdicts by class string object (see <see cref="HeadClassMarks.Of"/>).</summary>
        public Dictionary<string, (string Marks, int Verdict)> ClassMarks { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Whether media stands beside a caption-styled element, by its parent.</summary>
        public ExcludedRegions.MediaBeside Media { get; } = new();
        public int Order { get; set; }
        public IElement? Heading { get; set; }
        public int HeadingOrder { get; set; } = -1;
        public bool HeadingInRoot { get; set; }
        public List<OrderedElement> Bylines { get; } = [];
        public List<PageHeading> Headings { get; } = [];
        public List<OrderedElement> Dates { get; } = [];
        public required HeadTexts Texts { get; init; }
    }
}
