namespace Pipeline.Storage;

/// <summary>Progress of a reprocess job: <c>Queued</c> counts enqueued items with no result yet.</summary>
public sealed record ReprocessJobStatus(
    string JobId,
    string State,
    int Total,
    int Queued,
    int Done,
    int Skipped,
    int Failed,
    string? Prefix,
    bool Force,
    DateTimeOffset CreatedAt)
{
    public const string Running = "running";
    public const string Completed = "completed";
}
