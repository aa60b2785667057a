namespace Pipeline.Functions.Processing;

/// <summary>What processing one delivery did.</summary>
internal enum ProcessingStatus
{
    /// <summary>A new clean document was written.</summary>
    Created,

    /// <summary>An outdated clean document was replaced (or a forced run rewrote it).</summary>
    Replaced,

    /// <summary>The clean document was already current; nothing was cleaned or written.</summary>
    Unchanged,

    /// <summary>The input cannot be cleaned; a quarantine record was written.</summary>
    Quarantined,

    /// <summary>The same input was already quarantined by the same engine and rules.</summary>
    AlreadyQuarantined,
}
