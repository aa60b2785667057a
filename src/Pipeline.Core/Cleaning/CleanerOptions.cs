namespace Pipeline.Core.Cleaning;

/// <summary>Guards applied to every document, so that no input can hang or exhaust a worker.</summary>
public sealed class CleanerOptions
{
    /// <summary>Inputs larger than this are rejected before decoding.</summary>
    public long MaxInputBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>HTML trees with more elements than this are rejected.</summary>
    public int MaxElements { get; set; } = 200_000;

    /// <summary>HTML trees nested deeper than this are rejected.</summary>
    public int MaxDepth { get; set; } = 512;

    /// <summary>Wall-clock budget for one document; exceeding it cancels the work.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);
}
