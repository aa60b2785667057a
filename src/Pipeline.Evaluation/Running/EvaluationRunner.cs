using System.Diagnostics;
using Pipeline.Evaluation.Systems;

namespace Pipeline.Evaluation.Running;

/// <summary>Runs a system over loaded pages single-threaded: a warm-up over the first pages, then a timed pass that records every output.</summary>
public static class EvaluationRunner
{
    /// <summary>Pages run once before timing so JIT and caches do not count against the first pages.</summary>
    public const int DefaultWarmUpPages = 20;

    public static SystemRun Run(IExtractionSystem system, IReadOnlyList<LoadedPage> pages, int warmUpPages = DefaultWarmUpPages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(pages);
        foreach (var page in pages.Take(warmUpPages))
        {
            system.Extract(page.Page, page.Content, cancellationToken);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakManaged = GC.GetTotalMemory(forceFullCollection: false);
        var runs = new List<PageRun>(pages.Count);
        var total = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var output = system.Extract(page.Page, page.Content, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            runs.Add(new PageRun(page.Page, output, elapsed.TotalMilliseconds));
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
        }

        total.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new SystemRun(system.Name, runs, total.Elapsed.TotalSeconds, allocated, peakManaged);
    }
}
