using System.Diagnostics.CodeAnalysis;
using Pipeline.Core.Model;

namespace Pipeline.Core.Cleaning;

/// <summary>One success-or-failure result per input, so one bad input never tears down a batch.</summary>
public sealed record CleanOutcome
{
    private CleanOutcome(CleanResult? result, CleanFailure? failure)
    {
        Result = result;
        Failure = failure;
    }

    public CleanResult? Result { get; }

    public CleanFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Result is not null;

    public static CleanOutcome Success(CleanResult result) => new(result, null);

    public static CleanOutcome Failed(CleanFailure failure) => new(null, failure);
}
