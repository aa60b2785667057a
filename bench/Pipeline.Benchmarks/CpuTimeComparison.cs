using System.Diagnostics;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Running;
using Pipeline.Evaluation.Systems;

namespace Pipeline.Benchmarks;

/// <summary>
/// The engine, SmartReader and decode+parse timed by the process's CPU time in interleaved passes over one dataset, so that other
/// jobs on a shared machine slow all three alike: wall-clock rates there swing by several times, these ratios by a few percent.
/// </summary>
internal static class CpuTimeComparison
{
    /// <summary>Runs <paramref name="rounds"/> rounds of one pass per system after a 15-second warm-up and prints the best and median pass of each.</summary>
    public static async Task RunAsync(string datasetFolder, int rounds)
    {
        var pages = await LoadedPage.LoadAsync(DatasetLoader.Load(datasetFolder), null, CancellationToken.None);
        var engine = new EngineSystem();
        var smartReader = new SmartReaderSystem();
        var options = new CleanerOptions();
        (string Name, Action<LoadedPage> Run)[] systems =
        [
            ("engine", p => engine.Extract(p.Page, p.Content, CancellationToken.None)),
            ("smartreader", p => smartReader.Extract(p.Page, p.Content, CancellationToken.None)),
            ("decode+parse", p => DecodeAndParse(p, options)),
        ];

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(15))
        {
            foreach (var (_, run) in systems)
            {
                foreach (var page in pages)
                {
                    run(page);
                }
            }
        }

        var passes = systems.Select(_ => new List<double>()).ToArray();
        var threadPasses = systems.Select(_ => new List<double>()).ToArray();
        var allocated = new long[systems.Length];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < systems.Length; i++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var threadCpu = ThreadCpuClock.Now();
                foreach (var page in pages)
                {
                    systems[i].Run(page);
                }

                threadPasses[i].Add((ThreadCpuClock.Now() - threadCpu) / 1e6 / pages.Count);
                process.Refresh();
                passes[i].Add((process.TotalProcessorTime - cpu).TotalMilliseconds / pages.Count);
                allocated[i] = (GC.GetAllocatedBytesForCurrentThread() - bytes) / pages.Count;
            }
        }

        for (var i = 0; i < systems.Length; i++)
        {
            var sorted = passes[i].Order().ToList();
            var threadSorted = threadPasses[i].Order().ToList();
            Console.WriteLine($"{systems[i].Name,-13} best {sorted[0]:0.000} ms/page, median {sorted[sorted.Count / 2]:0.000} ms/page (this thread alone: best {threadSorted[0]:0.000}, median {threadSorted[threadSorted.Count / 2]:0.000}), {allocated[i] / 1024.0:0} KB/page");
        }

        double engineMs = passes[0].Min(), smartReaderMs = passes[1].Min(), parseMs = passes[2].Min();
        Console.WriteLine($"best passes: engine {smartReaderMs / engineMs:0.00} x faster than smartreader, engine cost {engineMs / parseMs:0.00} x decode+parse, {1000 / engineMs:0} pages per CPU-second");
    }

    private static void DecodeAndParse(LoadedPage page, CleanerOptions options)
    {
        using var decoded = InputDecoder.DecodePooled(new RawInput(page.Content, page.Page.InputName, page.Page.ContentType, page.Page.LastModified), options);
        if (decoded.Kind == InputKind.Html)
        {
            // Released as the engine releases it, so that the engine's cost is compared like with like.
            var document = HtmlDocumentParser.Parse(decoded.Characters);
            GC.KeepAlive(document.ChildNodes.Length);
            HtmlDocumentParser.Release(document);
        }
    }
}
