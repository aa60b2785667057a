using System.Collections.Concurrent;
using System.Net.Http.Json;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage;

namespace Pipeline.LocalHost;

/// <summary>
/// Plays the blob trigger (Azurite emits no Event Grid events): polls the trigger's container for new or changed blobs
/// and posts each to the handler. Failed deliveries are retried up to the host's 5 attempts, then go to the poison queue;
/// a handler that is down is waited for, not counted as a failure.
/// </summary>
public sealed class BlobTriggerPoller(FunctionDefinition function, StorageClients storage, HttpClient http, Func<Uri> handlerAddress, int maxInFlight)
{
    private const int MaxAttempts = 5;
    private readonly ConcurrentDictionary<string, string> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private long _deliveries;

    /// <summary>Invocations posted so far (each retry counts).</summary>
    public long Deliveries => Interlocked.Read(ref _deliveries);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var container = function.Path!.Split('/')[0];
        var client = storage.Container(container);
        using var gate = new SemaphoreSlim(maxInFlight);
        var running = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var blob in client.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).ConfigureAwait(false))
                {
                    var etag = blob.Properties.ETag?.ToString() ?? "";
                    if ((_delivered.TryGetValue(blob.Name, out var seen) && seen == etag) || !_inFlight.TryAdd(blob.Name, 0))
                    {
                        continue;
                    }

                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    running.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await DeliverAsync(container, blob.Name, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            _inFlight.TryRemove(blob.Name, out _);
                            gate.Release();
                        }
                    }, CancellationToken.None));
                }

                running.RemoveAll(t => t.IsCompleted);
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Azure.RequestFailedException)
            {
                await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task DeliverAsync(string container, string name, CancellationToken cancellationToken)
    {
        var blob = storage.Container(container).GetBlobClient(name);
        BlobDownloadResult download;
        try
        {
            download = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return;
        }

        var etag = download.Details.ETag.ToString();
        var payload = InvocationPayloads.BlobTrigger(function.BindingName, container, name, download.Content, etag, download.Details.ContentType, download.Details.LastModified, blob.Uri);
        try
        {
            Interlocked.Increment(ref _deliveries);
            using var response = await http.PostAsJsonAsync(new Uri(handlerAddress(), function.Name), payload, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                _delivered[name] = etag;
                _attempts.TryRemove(name, out _);
                return;
            }
        }
        catch (HttpRequestException)
        {
            // The handler is down (crashed or restarting): deliver again on a later poll, like the host after restarting its worker.
            return;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return;
        }

        if (_attempts.AddOrUpdate(name, 1, (_, n) => n + 1) >= MaxAttempts)
        {
            await storage.Queue(StorageContainers.BlobTriggerPoisonQueue).SendMessageAsync(
                System.Text.Json.JsonSerializer.Serialize(new { FunctionId = "Host.Functions." + function.Name, BlobType = "BlockBlob", ContainerName = container, BlobName = name, ETag = etag }),
                cancellationToken).ConfigureAwait(false);
            _delivered[name] = etag;
            _attempts.TryRemove(name, out _);
        }
    }
}
