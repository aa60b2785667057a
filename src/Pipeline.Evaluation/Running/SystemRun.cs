namespace Pipeline.Evaluation.Running;

/// <summary>One system's timed, single-threaded passes over a dataset.</summary>
/// <param name="System">The system's name.</param>
/// <param name="Pages">Per-page outputs (from the first timed pass) in dataset order, with each page's median time over the passes.</param>
/// <param name="Passes">Every timed pass, in order (more than one with <see cref="EvaluationOptions.Repeats"/>).</param>
public sealed record SystemRun(string System, IReadOnlyList<PageRun> Pages, IReadOnlyList<TimedPass> Passes)
{
    /// <summary>The median pass's rate: one slow pass on a busy machine does not decide the number.</summary>
    public double DocumentsPerSecond => Median(Passes.Select(p => p.DocumentsPerSecond));

    /// <summary>Managed bytes allocated per timed pass (the median over passes).</summary>
    public long AllocatedBytes => (long)Median(Passes.Select(p => (double)p.AllocatedBytes));

    /// <summary>Largest managed heap seen in any pass.</summary>
    public long PeakManagedBytes => Passes.Count == 0 ? 0 : Passes.Max(p => p.PeakManagedBytes);

    public PageRun? Slowest => Pages.MaxBy(p => p.Milliseconds);

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
