namespace Pipeline.Functions.Processing;

/// <summary>Quarantine reasons that do not come from the engine's <see cref="Pipeline.Core.Cleaning.FailureReason"/>.</summary>
internal static class QuarantineReasons
{
    /// <summary>The delivery failed on every attempt (storage or host trouble), so the message went to the poison queue.</summary>
    public const string RetriesExhausted = "RetriesExhausted";
}
