using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>What one walk over the page body found around the article's top: the main heading, byline and date elements (with their document order), and the visible text just before and after the heading.</summary>
public sealed record ArticleHead
{
    public IElement? Heading { get; init; }
    public int HeadingOrder { get; init; } = -1;
    public IReadOnlyList<OrderedElement> Bylines { get; init; } = [];
    public IReadOnlyList<OrderedElement> Dates { get; init; } = [];
    public string TextBeforeHeading { get; init; } = "";
    public string TextAfterHeading { get; init; } = "";

    /// <summary>The page's visible text outside comments, related lists and captions, up to a limit: the last place to look for a date.</summary>
    public string PageText { get; init; } = "";
}

/// <summary>An element with its position in document order.</summary>
public sealed record OrderedElement(IElement Element, int Order);
