using Pipeline.Core.Model;

namespace Pipeline.Storage;

/// <summary>Why a raw blob was not cleaned: the JSON body of <c>quarantine/{name}.json</c>.</summary>
/// <remarks><see cref="Metadata"/> holds what a readable page said about itself (title, authors, dates, URL) when it had no article text, so it can be triaged without the raw page.</remarks>
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
    DateTimeOffset QuarantinedAt,
    TriageMetadata? Metadata = null);
