namespace Pipeline.Functions.Configuration;

/// <summary>Tuning of the Reprocess function (section <c>Reprocess</c>).</summary>
internal sealed class ReprocessOptions
{
    public const string Section = "Reprocess";

    /// <summary>Queue messages sent concurrently while enqueuing a job.</summary>
    public int EnqueueParallelism { get; set; } = 16;
}
