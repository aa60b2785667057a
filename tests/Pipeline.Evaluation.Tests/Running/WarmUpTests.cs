using Pipeline.Evaluation.Running;

namespace Pipeline.Evaluation.Tests.Running;

public sealed class WarmUpTests
{
    private static readonly WarmUp Settling = new(1, TimeSpan.FromSeconds(10)) { SettleLimit = TimeSpan.FromSeconds(40) };

    private static TimeSpan[] Passes(params double[] seconds) => [.. seconds.Select(TimeSpan.FromSeconds)];

    [Fact]
    public void Warm_up_runs_its_minimum_time_whatever_the_passes_show() =>
        Assert.True(Settling.GoesOn(Passes(1.0, 2.0, 3.0), TimeSpan.FromSeconds(6)));

    [Fact]
    public void Past_the_minimum_a_pass_that_beats_every_earlier_one_by_three_percent_keeps_it_going() =>
        // AEB on the twenty-fifth round's slow machine: passes still climbing after 10 s of tiered compilation.
        Assert.True(Settling.GoesOn(Passes(1.07, 0.92, 0.76, 0.70), TimeSpan.FromSeconds(12)));

    [Fact]
    public void Past_the_minimum_a_pass_that_sets_no_new_record_ends_it() =>
        Assert.False(Settling.GoesOn(Passes(1.07, 0.70, 0.72), TimeSpan.FromSeconds(12)));

    [Fact]
    public void A_pass_only_within_noise_of_the_best_ends_it() =>
        Assert.False(Settling.GoesOn(Passes(1.07, 0.70, 0.69), TimeSpan.FromSeconds(12)));

    [Fact]
    public void The_limit_ends_it_however_fast_passes_still_get() =>
        Assert.False(Settling.GoesOn(Passes(1.0, 0.9, 0.8, 0.7), TimeSpan.FromSeconds(40)));

    [Fact]
    public void A_fixed_warm_up_stops_at_its_minimum() =>
        Assert.False(new WarmUp(1, TimeSpan.FromSeconds(10)).GoesOn(Passes(1.0, 0.9, 0.8), TimeSpan.FromSeconds(10)));

    [Fact]
    public void A_cold_start_has_no_warm_up_at_all()
    {
        var cold = WarmUp.None with { SettleLimit = TimeSpan.FromSeconds(40) };
        Assert.False(cold.GoesOn([], TimeSpan.Zero));
    }

    [Fact]
    public void The_eval_default_settles_for_up_to_forty_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(40), WarmUp.Default.SettleLimit);
}
