namespace Pipeline.Functions.Processing;

/// <summary>One raw blob to clean, however it arrived (blob trigger payload or reprocess message).</summary>
internal sealed record ArticleDelivery(
    string Name,
    ReadOnlyMemory<byte> Content,
    string? SourceETag,
    string? ContentType,
    DateTimeOffset? LastModified,
    bool Force,
    int Attempt);
