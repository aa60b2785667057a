namespace Pipeline.Storage;

/// <summary>How one blob of a reprocess job ended.</summary>
public enum ReprocessItemOutcome
{
    /// <summary>Cleaned and written.</summary>
    Done,

    /// <summary>The existing output was already current (or the blob is gone).</summary>
    Skipped,

    /// <summary>Quarantined, or failed on the last delivery.</summary>
    Failed,
}
