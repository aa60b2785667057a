namespace Pipeline.Storage;

/// <summary>What a conditional output write did.</summary>
public enum OutputWriteResult
{
    /// <summary>No output existed; this delivery created it.</summary>
    Created,

    /// <summary>An output made from other bytes, engine or rules (or a forced run) was replaced.</summary>
    Replaced,

    /// <summary>An output with the same stamp already existed (possibly written by a concurrent delivery); nothing was written.</summary>
    Unchanged,
}
