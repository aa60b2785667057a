namespace Pipeline.Evaluation.Running;

/// <summary>One system's timed, single-threaded pass over a dataset.</summary>
/// <param name="System">The system's name.</param>
/// <param name="Pages">Per-page outputs in dataset order.</param>
/// <param name="Seconds">Wall time of the timed pass (after the warm-up).</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the timed pass.</param>
/// <param name="PeakManagedBytes">Largest managed heap size seen after any page.</param>
public sealed record SystemRun(string System, IReadOnlyList<PageRun> Pages, double Seconds, long AllocatedBytes, long PeakManagedBytes)
{
    public double DocumentsPerSecond => Seconds <= 0 ? 0 : Pages.Count / Seconds;

    public PageRun? Slowest => Pages.MaxBy(p => p.Milliseconds);
}
