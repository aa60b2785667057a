using Pipeline.Storage;

namespace Pipeline.Functions.Processing;

/// <summary>The result of one delivery; it is the function's return value, so the host logs it.</summary>
internal sealed record ProcessingOutcome(string Name, ProcessingStatus Status, string? Reason, int Articles)
{
    /// <summary>How a reprocess job counts this outcome.</summary>
    public ReprocessItemOutcome ItemOutcome => Status switch
    {
        ProcessingStatus.Created or ProcessingStatus.Replaced => ReprocessItemOutcome.Done,
        ProcessingStatus.Unchanged or ProcessingStatus.AlreadyQuarantined => ReprocessItemOutcome.Skipped,
        _ => ReprocessItemOutcome.Failed,
    };
}
