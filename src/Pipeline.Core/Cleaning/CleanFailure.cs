namespace Pipeline.Core.Cleaning;

/// <summary>An input that could not be cleaned, with a reason a person can act on.</summary>
public sealed record CleanFailure(FailureReason Reason, string Message, string? SourceSha256, long Bytes);
