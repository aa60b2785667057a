namespace Pipeline.Storage;

/// <summary>A reprocess request as recorded in <c>jobs/{id}/job.json</c>.</summary>
public sealed record ReprocessJob(
    string Id,
    string? Prefix,
    DateTimeOffset? ModifiedSince,
    bool Force,
    int Total,
    int Enqueued,
    DateTimeOffset CreatedAt);
