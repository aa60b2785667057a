using Pipeline.Core.Model;

namespace Pipeline.Core.Cleaning;

/// <summary>An input that could not be cleaned, with a reason a person can act on.</summary>
/// <param name="Reason">The failure class.</param>
/// <param name="Message">What went wrong, for a person.</param>
/// <param name="SourceSha256">The SHA-256 of the input's bytes.</param>
/// <param name="Bytes">The input's size.</param>
/// <param name="Metadata">What the page says about itself (title, authors, dates, URL) when it was read but held no article text: enough to triage it.</param>
public sealed record CleanFailure(FailureReason Reason, string Message, string? SourceSha256, long Bytes, TriageMetadata? Metadata = null);
