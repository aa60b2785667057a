using System.Net.Http.Json;
using Azure.Storage.Queues.Models;

namespace Pipeline.LocalHost;

/// <summary>
/// Plays the queue trigger: receives messages, posts them with their dequeue count, deletes them on success,
/// and after <c>maxDequeueCount</c> failed attempts moves them to <c>{queue}-poison</c> like the host.
/// </summary>
public sealed class QueueTriggerPump(FunctionDefinition function, Pipeline.Storage.StorageClients storage, HttpClient http, Func<Uri> handlerAddress, int batchSize, int maxDequeueCount)
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queue = storage.Queue(function.QueueName!);
        var poison = storage.Queue(function.QueueName + "-poison");
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = (await queue.ReceiveMessagesAsync(Math.Clamp(batchSize, 1, 32), VisibilityTimeout, cancellationToken).ConfigureAwait(false)).Value;
                if (messages.Length == 0)
                {
                    await Task.Delay(250, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = messages.Length, CancellationToken = cancellationToken }, async (message, ct) =>
                {
                    var ok = await InvokeAsync(message, ct).ConfigureAwait(false);
                    if (ok)
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct).ConfigureAwait(false);
                    }
                    else if (message.DequeueCount >= maxDequeueCount)
                    {
                        await poison.SendMessageAsync(message.Body.ToString(), ct).ConfigureAwait(false);
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: RetryDelay, cancellationToken: ct).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
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
    }

    private async Task<bool> InvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var payload = InvocationPayloads.QueueTrigger(function.BindingName, message.Body.ToString(), message.MessageId, message.PopReceipt, message.DequeueCount, message.InsertedOn);
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(handlerAddress(), function.Name), payload, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
