using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Systems;

namespace Pipeline.Evaluation.Running;

/// <summary>One system's output for one page and how long it took.</summary>
public sealed record PageRun(DatasetPage Page, SystemOutput Output, double Milliseconds);
