namespace Pipeline.Core.Cleaning;

/// <summary>Why an input could not be cleaned; written to the quarantine record.</summary>
public enum FailureReason
{
    Empty,
    Binary,
    TooLarge,
    NoArticle,
    TreeTooLarge,
    TreeTooDeep,
    TimeBudgetExceeded,
    InternalError,
    SeveralPages,
}
