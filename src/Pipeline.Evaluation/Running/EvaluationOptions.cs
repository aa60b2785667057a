namespace Pipeline.Evaluation.Running;

/// <summary>How an eval run is done: how many pages, whether the SmartReader baseline runs beside the engine, the warm-up size.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Only the first N pages of the dataset (all when null).</summary>
    public int? Limit { get; init; }

    /// <summary>Also run SmartReader on HTML datasets.</summary>
    public bool CompareSmartReader { get; init; } = true;

    public int WarmUpPages { get; init; } = EvaluationRunner.DefaultWarmUpPages;
}
