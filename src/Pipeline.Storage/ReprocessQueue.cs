using System.Text.Json;
using Azure.Storage.Queues;

namespace Pipeline.Storage;

/// <summary>Enqueues reprocess messages (JSON, base64 on the wire as the queue trigger expects by default).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is the adapter of the reprocess queue; the name says so.")]
public sealed class ReprocessQueue
{
    private readonly QueueClient _queue;

    public ReprocessQueue(StorageClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _queue = clients.Queue(StorageContainers.ReprocessQueue);
    }

    public static string Serialize(ReprocessMessage message) =>
        JsonSerializer.Serialize(message, StorageJsonContext.Default.ReprocessMessage);

    /// <summary>Reads a message body; null when it is not a reprocess message.</summary>
    public static ReprocessMessage? Deserialize(string body)
    {
        try
        {
            var message = JsonSerializer.Deserialize(body, StorageJsonContext.Default.ReprocessMessage);
            return message is null || string.IsNullOrEmpty(message.Name) || string.IsNullOrEmpty(message.JobId) ? null : message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Sends every message with up to <paramref name="parallelism"/> requests in flight; returns how many were sent.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyCollection<ReprocessMessage> messages, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sent = 0;
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (message, ct) =>
        {
            await _queue.SendMessageAsync(Serialize(message), ct).ConfigureAwait(false);
            Interlocked.Increment(ref sent);
        }).ConfigureAwait(false);
        return sent;
    }
}
