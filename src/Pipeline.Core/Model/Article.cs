namespace Pipeline.Core.Model;

/// <summary>One cleaned article: metadata, body text and what was removed from it.</summary>
public sealed record Article
{
    public required string? Title { get; init; }
    public string? Standfirst { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Byline { get; init; }

    /// <summary>ISO 8601 with the precision the page gives (date only, or date-time with offset).</summary>
    public string? PublishedAt { get; init; }
    public string? PublishedAtRaw { get; init; }
    public string? UpdatedAt { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>Body paragraphs and subheadings, separated by one blank line.</summary>
    public required string Text { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];
    public IReadOnlyList<Comment> Comments { get; init; } = [];
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];
}
