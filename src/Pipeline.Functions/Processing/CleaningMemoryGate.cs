namespace Pipeline.Functions.Processing;

/// <summary>
/// Bounds the input bytes this instance cleans at once, so that a few large pages delivered together cannot exhaust its memory while
/// many ordinary ones still run side by side.
/// </summary>
/// <remarks>
/// Cleaning a page holds about 40 times its size on the heap while it runs (the parsed tree, its texts, the blocks, the JSON): a 15 MB
/// page needs 512-768 MB, and the host hands an instance many deliveries at once (webhook deliveries of the blob trigger, a batch of
/// queue messages), on instances of 2,048 MB by default.
/// Inputs wait in the order they came; one larger than the whole budget runs when nothing else does.
/// </remarks>
internal sealed class CleaningMemoryGate
{
    /// <summary>Heap a page holds per byte of input while it is cleaned, with headroom over the 35-45 measured on 15 MB pages.</summary>
    public const int HeapPerInputByte = 48;

    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private long _inFlight;
    private int _holders;

    public CleaningMemoryGate(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetBytes);
        BudgetBytes = budgetBytes;
    }

    /// <summary>The input bytes cleaned at once.</summary>
    public long BudgetBytes { get; }

    /// <summary>A gate sized to the memory this process may use (the container's limit in Azure): 2,048 MB give about 42 MB of input at once.</summary>
    public static CleaningMemoryGate ForThisInstance() =>
        new(Math.Max(1, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / HeapPerInputByte));

    /// <summary>Waits until <paramref name="bytes"/> more fit the budget, or nothing else is being cleaned, and holds them until the lease is disposed.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled while waiting.</exception>
    public async Task<IDisposable> EnterAsync(long bytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        Waiter waiter;
        lock (_lock)
        {
            if (_waiting.Count == 0 && Fits(bytes))
            {
                Take(bytes);
                return new Lease(this, bytes);
            }

            waiter = new Waiter(bytes);
            waiter.Node = _waiting.AddLast(waiter);
        }

        using (cancellationToken.Register(() => Cancel(waiter, cancellationToken)))
        {
            await waiter.Admitted.Task.ConfigureAwait(false);
        }

        return new Lease(this, bytes);
    }

    private bool Fits(long bytes) => _holders == 0 || _inFlight + bytes <= BudgetBytes;

    private void Take(long bytes)
    {
        _inFlight += bytes;
        _holders++;
    }

    private void Release(long bytes)
    {
        lock (_lock)
        {
            _inFlight -= bytes;
            _holders--;
            AdmitWaiting();
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node?.List is null)
            {
                // Admitted before the cancellation came: the caller holds its lease.
                return;
            }

            _waiting.Remove(waiter.Node);
            waiter.Admitted.TrySetCanceled(cancellationToken);
            AdmitWaiting();
        }
    }

    /// <summary>Admits waiters from the front while they fit: a large input at the front keeps smaller ones behind it, so it is never starved.</summary>
    private void AdmitWaiting()
    {
        while (_waiting.First is { } first && Fits(first.Value.Bytes))
        {
            _waiting.RemoveFirst();
            Take(first.Value.Bytes);
            first.Value.Admitted.TrySetResult();
        }
    }

    private sealed class Waiter(long bytes)
    {
        public long Bytes { get; } = bytes;

        public LinkedListNode<Waiter>? Node { get; set; }

        // Continuations run off the gate's lock, on the thread pool.
        public TaskCompletionSource Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Lease(CleaningMemoryGate gate, long bytes) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release(bytes);
            }
        }
    }
}
