using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Running;
using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Reporting;

/// <summary>The result of one eval run: which dataset, each system's scores, the parse-alone reference and the process's peak working set.</summary>
public sealed record EvaluationReport(
    DatasetKind Dataset,
    string Folder,
    int Pages,
    IReadOnlyList<SystemScores> Systems,
    long PeakWorkingSetBytes)
{
    /// <summary>The untimed warm-up made before timing.</summary>
    public WarmUp? WarmUp { get; init; }

    /// <summary>The garbage collector settings of the process that timed the systems.</summary>
    public CollectorSettings? Collector { get; init; }

    /// <summary>Decode + AngleSharp parse alone over the same pages (HTML datasets), the floor the engine's cost is compared with.</summary>
    public ParseReference? Parse { get; init; }

    /// <summary>The engine's time per page as a multiple of decode + parse alone.</summary>
    public double? EngineCostOverParse =>
        Parse is { DocumentsPerSecond: > 0 } parse && Systems.FirstOrDefault(s => s.System == "engine") is { DocumentsPerSecond: > 0 } engine
            ? parse.DocumentsPerSecond / engine.DocumentsPerSecond
            : null;
}
