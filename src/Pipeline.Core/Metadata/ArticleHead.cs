using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>What one walk over the page body found around the article's top: the main heading, byline and date elements (with their document order), and the visible text just before and after the heading.</summary>
public sealed record ArticleHead
{
    public IElement? Heading { get; init; }
    public int HeadingOrder { get; init; } = -1;
    public IReadOnlyList<OrderedElement> Bylines { get; init; } = [];

    /// <summary>The page's &lt;h1&gt; and &lt;h2&gt; elements in document order, those in navigation, breadcrumbs or asides flagged: title candidates.</summary>
    public IReadOnlyList<PageHeading> Headings { get; init; } = [];
    public IReadOnlyList<OrderedElement> Dates { get; init; } = [];
    public string TextBeforeHeading { get; init; } = "";
    public string TextAfterHeading { get; init; } = "";

    private string? _pageText;
    private Func<string>? _readPageText;

    /// <summary>The page's visible text outside comments, related lists and captions, up to a limit: the last place to look for a date.</summary>
    public string PageText
    {
        get => _pageText ??= _readPageText?.Invoke() ?? "";
        init => _pageText = value;
    }

    /// <summary>Makes <see cref="PageText"/> when it is first read: most pages are dated before it is needed, and it is the largest of the texts.</summary>
    internal Func<string> PageTextSource
    {
        init => _readPageText = value;
    }
}

/// <summary>An element with its position in document order.</summary>
public sealed record OrderedElement(IElement Element, int Order);

/// <summary>A heading element with its position in document order; <paramref name="Aside"/> when it sits in navigation, breadcrumbs, a sidebar or another region beside the article.</summary>
public sealed record PageHeading(IElement Element, int Order, bool Aside);
