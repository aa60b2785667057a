namespace Pipeline.Evaluation.Running;

/// <summary>
/// Untimed work before timing: full passes over the pages until both at least <paramref name="Passes"/> passes and <paramref name="Time"/>
/// have gone by, then on while each pass still beats every earlier one, up to <see cref="SettleLimit"/> in all.
/// </summary>
public sealed record WarmUp(int Passes, TimeSpan Time)
{
    /// <summary>A pass this much faster than every earlier one shows tiered compilation still at work.</summary>
    private const double Speedup = 0.97;

    /// <summary>The longest the warm-up goes on while passes still get faster; no longer than <see cref="Time"/> means a fixed warm-up.</summary>
    public TimeSpan SettleLimit { get; init; }

    /// <summary>No warm-up: times a cold start.</summary>
    public static WarmUp None { get; } = new(0, TimeSpan.Zero);

    /// <summary>What the eval command uses unless told otherwise.</summary>
    public static WarmUp Default { get; } = new(EvaluationRunner.DefaultWarmUpPasses, EvaluationRunner.DefaultWarmUpTime) { SettleLimit = EvaluationRunner.DefaultWarmUpLimit };

    /// <summary>
    /// True while the warm-up should go on after the passes whose durations are given, <paramref name="elapsed"/> into it. On a slow
    /// machine tiered compilation (and its profiling tier) takes many seconds to settle: a fixed time there times code still being
    /// recompiled, each pass faster than the last. A pass that sets no new record by 3 % is steady code timed with noise.
    /// </summary>
    public bool GoesOn(IReadOnlyList<TimeSpan> passes, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(passes);
        if (passes.Count < Passes || elapsed < Time)
        {
            return true;
        }

        return Passes > 0 && elapsed < SettleLimit && passes.Count >= 2
            && passes[^1].TotalSeconds < passes.Take(passes.Count - 1).Min().TotalSeconds * Speedup;
    }
}
