namespace Pipeline.Core.Cleaning;

/// <summary>Raised by a stage when the input cannot be cleaned; the cleaner turns it into a <see cref="CleanFailure"/>.</summary>
public sealed class InputRejectedException(FailureReason reason, string message) : Exception(message)
{
    public FailureReason Reason { get; } = reason;
}
