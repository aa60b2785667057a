using Pipeline.Evaluation.Running;

namespace Pipeline.Evaluation.Tests.Running;

public sealed class CollectorSettingsTests
{
    [Fact]
    public void The_description_names_the_collector_kind_and_the_gen0_budget_in_megabytes()
    {
        Assert.Equal("workstation GC, concurrent, gen0 budget 64 MB", new CollectorSettings(Server: false, Concurrent: true, Gen0BudgetBytes: 64L << 20).Describe());
        Assert.Equal("server GC, not concurrent, gen0 budget 2.5 MB", new CollectorSettings(Server: true, Concurrent: false, Gen0BudgetBytes: 5L << 19).Describe());
    }

    [Fact]
    public void The_running_process_reports_the_collector_the_runtime_says_it_uses()
    {
        var current = CollectorSettings.Current();

        Assert.Equal(System.Runtime.GCSettings.IsServerGC, current.Server);
        Assert.True(current.Gen0BudgetBytes > 0);
    }
}
