using System.Diagnostics;
using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Reporting;
using Pipeline.Evaluation.Scoring;
using Pipeline.Evaluation.Systems;

namespace Pipeline.Evaluation.Running;

/// <summary>Loads a dataset folder, runs the engine (and the baseline) over it, scores the outputs and times the parse-alone reference.</summary>
public static class DatasetEvaluation
{
    public static async Task<EvaluationReport> RunAsync(string folder, EvaluationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataset = DatasetLoader.Load(folder);
        var pages = await LoadedPage.LoadAsync(dataset, options.Limit, cancellationToken);
        var systems = new List<IExtractionSystem> { new EngineSystem() };
        if (options.CompareSmartReader && dataset.IsHtml)
        {
            systems.Add(new SmartReaderSystem());
        }

        var scores = systems
            .Select(system => DatasetScorer.Score(EvaluationRunner.Run(system, pages, options.WarmUp, options.Repeats, cancellationToken)))
            .ToList();
        var parse = options.MeasureParse && dataset.IsHtml
            ? ParseReference.Measure(pages, options.WarmUp, options.Repeats, cancellationToken)
            : null;
        using var process = Process.GetCurrentProcess();
        return new EvaluationReport(dataset.Kind, dataset.Folder, pages.Count, scores, process.PeakWorkingSet64)
        {
            WarmUp = options.WarmUp,
            Parse = parse,
            Collector = CollectorSettings.Current(),
        };
    }
}
