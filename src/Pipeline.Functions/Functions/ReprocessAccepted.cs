namespace Pipeline.Functions.Functions;

/// <summary>Answer of <c>POST api/reprocess</c>: the job id (null for a dry run) and how many blobs match.</summary>
internal sealed record ReprocessAccepted(string? JobId, int Count, bool DryRun, string? StatusPath);
