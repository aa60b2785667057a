using System.Collections.Concurrent;
using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Running;
using Pipeline.Evaluation.Scoring;
using Pipeline.Evaluation.Systems;
using Pipeline.Tests.Shared;

namespace Pipeline.Evaluation.Tests;

/// <summary>Runs the engine once per dataset for the whole test run, so the floor tests share one pass per dataset.</summary>
internal static class EngineDatasetRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<SystemScores>> Runs = new(StringComparer.Ordinal);

    public static SystemScores For(string folder) =>
        Runs.GetOrAdd(folder, name => new Lazy<SystemScores>(() => Run(name))).Value;

    private static SystemScores Run(string folder)
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, folder));
        var pages = LoadedPage.LoadAsync(dataset, null, CancellationToken.None).GetAwaiter().GetResult();
        return DatasetScorer.Score(EvaluationRunner.Run(new EngineSystem(), pages, WarmUp.None));
    }
}
