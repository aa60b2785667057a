namespace Pipeline.Evaluation.Running;

/// <summary>How an eval run is done: how many pages, whether the SmartReader baseline runs beside the engine, the warm-up and how often the timed pass repeats.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Only the first N pages of the dataset (all when null).</summary>
    public int? Limit { get; init; }

    /// <summary>Also run SmartReader on HTML datasets.</summary>
    public bool CompareSmartReader { get; init; } = true;

    /// <summary>Untimed full passes over the pages before timing, so tiered JIT has promoted the hot code (<see cref="WarmUp.None"/> times a cold start).</summary>
    public WarmUp WarmUp { get; init; } = WarmUp.Default;

    /// <summary>How many timed passes each system makes; more than one shows whether speed and memory stay flat over thousands of pages.</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>Also time decoding plus AngleSharp's parse alone over the same pages, as the reference cost for the engine.</summary>
    public bool MeasureParse { get; init; } = true;
}
