namespace Pipeline.Core.Metadata;

/// <summary>What a page says about its article outside the body: title, people, agencies, dates, site, address, language.</summary>
public sealed record PageMetadata
{
    public static PageMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Byline { get; init; }
    public string? PublishedAt { get; init; }
    public string? PublishedAtRaw { get; init; }
    public string? UpdatedAt { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? Description { get; init; }

    /// <summary>The article text the page's structured data carries (JSON-LD articleBody), if any.</summary>
    public string? StructuredBody { get; init; }
}
