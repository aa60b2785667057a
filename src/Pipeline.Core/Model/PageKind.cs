namespace Pipeline.Core.Model;

/// <summary>Whether a page is one article or a listing (index, aggregator) holding several.</summary>
public enum PageKind
{
    Article,
    Listing,
}
