namespace Pipeline.Functions.Functions;

/// <summary>Body of <c>POST api/reprocess</c>.</summary>
internal sealed record ReprocessRequest(string? Prefix, DateTimeOffset? ModifiedSince, bool Force, bool DryRun);
