using Pipeline.Functions.Processing;

namespace Pipeline.Functions.Tests;

public sealed class CleaningMemoryGateTests
{
    private const int MB = 1024 * 1024;

    [Fact]
    public async Task Inputs_that_fit_the_budget_together_are_cleaned_at_once()
    {
        var gate = new CleaningMemoryGate(40 * MB);

        using var a = await gate.EnterAsync(15 * MB, CancellationToken.None);
        using var b = await gate.EnterAsync(15 * MB, CancellationToken.None);
        var c = gate.EnterAsync(9 * MB, CancellationToken.None);

        Assert.True(c.IsCompletedSuccessfully);
        (await c).Dispose();
    }

    [Fact]
    public async Task An_input_that_does_not_fit_waits_until_enough_is_released()
    {
        var gate = new CleaningMemoryGate(40 * MB);
        var a = await gate.EnterAsync(15 * MB, CancellationToken.None);
        using var b = await gate.EnterAsync(15 * MB, CancellationToken.None);

        var c = gate.EnterAsync(15 * MB, CancellationToken.None);
        Assert.False(c.IsCompleted);

        a.Dispose();
        using var lease = await c.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_input_larger_than_the_whole_budget_runs_alone()
    {
        var gate = new CleaningMemoryGate(10 * MB);
        var small = await gate.EnterAsync(1 * MB, CancellationToken.None);

        var large = gate.EnterAsync(16 * MB, CancellationToken.None);
        Assert.False(large.IsCompleted);

        small.Dispose();
        var lease = await large.WaitAsync(TimeSpan.FromSeconds(10));
        var next = gate.EnterAsync(1, CancellationToken.None);
        Assert.False(next.IsCompleted);

        lease.Dispose();
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_waiting_large_input_is_not_overtaken_by_smaller_ones_that_would_fit()
    {
        var gate = new CleaningMemoryGate(40 * MB);
        var a = await gate.EnterAsync(30 * MB, CancellationToken.None);

        var large = gate.EnterAsync(20 * MB, CancellationToken.None);
        var small = gate.EnterAsync(1 * MB, CancellationToken.None);
        Assert.False(large.IsCompleted);
        Assert.False(small.IsCompleted);

        a.Dispose();
        using var first = await large.WaitAsync(TimeSpan.FromSeconds(10));
        using var second = await small.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue_and_lets_those_behind_it_in()
    {
        var gate = new CleaningMemoryGate(40 * MB);
        using var a = await gate.EnterAsync(30 * MB, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var large = gate.EnterAsync(20 * MB, cancel.Token);
        var small = gate.EnterAsync(5 * MB, CancellationToken.None);
        Assert.False(small.IsCompleted);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => large);
        using var lease = await small.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_lease_disposed_twice_releases_its_bytes_once()
    {
        var gate = new CleaningMemoryGate(20 * MB);
        var a = await gate.EnterAsync(10 * MB, CancellationToken.None);
        using var b = await gate.EnterAsync(10 * MB, CancellationToken.None);

        a.Dispose();
        a.Dispose();

        using var c = await gate.EnterAsync(10 * MB, CancellationToken.None);
        Assert.False(gate.EnterAsync(1, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void The_instance_gate_is_sized_to_the_memory_the_process_may_use() =>
        Assert.Equal(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / CleaningMemoryGate.HeapPerInputByte, CleaningMemoryGate.ForThisInstance().BudgetBytes);
}
