namespace Pipeline.Evaluation.Running;

/// <summary>Untimed work before timing: full passes over the pages until both at least <paramref name="Passes"/> passes and <paramref name="Time"/> have gone by.</summary>
public sealed record WarmUp(int Passes, TimeSpan Time)
{
    /// <summary>No warm-up: times a cold start.</summary>
    public static WarmUp None { get; } = new(0, TimeSpan.Zero);

    /// <summary>What the eval command uses unless told otherwise.</summary>
    public static WarmUp Default { get; } = new(EvaluationRunner.DefaultWarmUpPasses, EvaluationRunner.DefaultWarmUpTime);
}
