using Pipeline.Core.Metadata;

namespace Pipeline.Core.Model;

/// <summary>
/// What a page that held no article text states about its article (title, people, dates, address), kept with the failure so the
/// input can be triaged. A published contract (the quarantine record's <c>metadata</c>): fields mean what they mean on an article.
/// </summary>
public sealed record TriageMetadata
{
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

    /// <summary>The triage fields of the extractor's metadata; extraction-only values (a structured article body) stay out.</summary>
    public static TriageMetadata From(PageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new TriageMetadata
        {
            Title = metadata.Title,
            Authors = metadata.Authors,
            Agencies = metadata.Agencies,
            Byline = metadata.Byline,
            PublishedAt = metadata.PublishedAt,
            PublishedAtRaw = metadata.PublishedAtRaw,
            UpdatedAt = metadata.UpdatedAt,
            SiteName = metadata.SiteName,
            Url = metadata.Url,
            Language = metadata.Language,
            Description = metadata.Description,
        };
    }
}
