namespace Pipeline.Storage;

/// <summary>Why a raw blob was not cleaned: the JSON body of <c>quarantine/{name}.json</c>.</summary>
public sealed record QuarantineRecord(
    string Name,
    string Reason,
    string Error,
    int Attempts,
    string? SourceETag,
    string? SourceSha256,
    long Bytes,
    string PipelineVersion,
    string RulesSha256,
    DateTimeOffset QuarantinedAt);
