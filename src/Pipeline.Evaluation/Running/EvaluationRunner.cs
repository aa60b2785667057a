using System.Diagnostics;
using Pipeline.Evaluation.Systems;

namespace Pipeline.Evaluation.Running;

/// <summary>Runs a system over loaded pages single-threaded: untimed warm-up passes, then one or more timed passes that record every output.</summary>
public static class EvaluationRunner
{
    /// <summary>Full passes run before timing at the least.</summary>
    public const int DefaultWarmUpPasses = 1;

    /// <summary>Warm-up time at the least: tiered JIT promotes hot code in the background over seconds, not after a fixed number of calls.</summary>
    public static readonly TimeSpan DefaultWarmUpTime = TimeSpan.FromSeconds(10);

    /// <summary>The longest a warm-up goes on past its minimum while passes still get faster.</summary>
    public static readonly TimeSpan DefaultWarmUpLimit = TimeSpan.FromSeconds(40);

    public static SystemRun Run(IExtractionSystem system, IReadOnlyList<LoadedPage> pages, WarmUp? warmUp = null, int repeats = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        var (outputs, milliseconds, passes) = TimePasses(pages, page => system.Extract(page.Page, page.Content, cancellationToken), warmUp ?? WarmUp.Default, repeats, cancellationToken);
        var runs = pages.Select((page, i) => new PageRun(page.Page, outputs[i], milliseconds[i])).ToList();
        return new SystemRun(system.Name, runs, passes);
    }

    /// <summary>
    /// Warms up, then times <paramref name="work"/> over every page <paramref name="repeats"/> times. Returns the first timed pass's
    /// results, each page's median time over the passes, and every pass's speed and memory.
    /// </summary>
    internal static (IReadOnlyList<T> Results, IReadOnlyList<double> Milliseconds, IReadOnlyList<TimedPass> Passes) TimePasses<T>(
        IReadOnlyList<LoadedPage> pages, Func<LoadedPage, T> work, WarmUp warmUp, int repeats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(warmUp);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var warming = Stopwatch.StartNew();
        var warmUpPasses = new List<TimeSpan>();
        while (pages.Count > 0 && warmUp.GoesOn(warmUpPasses, warming.Elapsed))
        {
            var started = warming.Elapsed;
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                work(page);
            }

            warmUpPasses.Add(warming.Elapsed - started);
        }

        var results = new List<T>(pages.Count);
        var times = pages.Select(_ => new double[repeats]).ToArray();
        var passes = new List<TimedPass>(repeats);
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < repeats; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var peakManaged = GC.GetTotalMemory(forceFullCollection: false);
            var total = Stopwatch.StartNew();
            for (var i = 0; i < pages.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                var result = work(pages[i]);
                times[i][pass] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (pass == 0)
                {
                    results.Add(result);
                }

                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
            }

            total.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            var seconds = total.Elapsed.TotalSeconds;
            passes.Add(new TimedPass(seconds, seconds <= 0 ? 0 : pages.Count / seconds, allocated, peakManaged, process.WorkingSet64));
        }

        return (results, times.Select(t => SystemRun.Median(t)).ToList(), passes);
    }
}
