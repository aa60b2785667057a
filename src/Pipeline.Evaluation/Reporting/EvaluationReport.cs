using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Reporting;

/// <summary>The result of one eval run: which dataset, each system's scores, and the process's peak working set.</summary>
public sealed record EvaluationReport(
    DatasetKind Dataset,
    string Folder,
    int Pages,
    IReadOnlyList<SystemScores> Systems,
    long PeakWorkingSetBytes);
