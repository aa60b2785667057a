using Pipeline.Functions.CustomHandler;
using Pipeline.Functions.Processing;
using Pipeline.Storage;

namespace Pipeline.Functions.Functions;

/// <summary><c>ReprocessArticle</c>: queue trigger on <c>reprocess</c>: reads the named raw blob and cleans it on the same path as CleanArticle.</summary>
internal static partial class ReprocessArticleFunction
{
    /// <summary>The trigger's binding name in ReprocessArticle/function.json.</summary>
    public const string MessageBinding = "message";

    /// <summary>Must equal <c>extensions.queues.maxDequeueCount</c> in host.json (a contract test checks it): the last attempt writes quarantine.</summary>
    public const int MaxDequeueCount = 5;

    public static IEndpointRouteBuilder MapReprocessArticle(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + FunctionNames.ReprocessArticle, InvokeAsync);
        return app;
    }

    private static async Task<IResult> InvokeAsync(
        HttpRequest request,
        ArticleProcessor processor,
        RawBlobReader rawReader,
        ReprocessJobStore jobs,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var invocation = await InvocationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var body = invocation?.DataValue(MessageBinding) is { } data ? MessageText(data) : null;
        var message = body is null ? null : ReprocessQueue.Deserialize(body);
        if (invocation is null || message is null)
        {
            // Not a reprocess message: retrying cannot help, so accept it and say why.
            return InvocationResponse.Of(null, "ReprocessArticle: ignored a message that is not a reprocess message").ToResult();
        }

        var attempt = (int)(invocation.MetadataInt64("DequeueCount") ?? 1);
        var logger = loggers.CreateLogger(typeof(ReprocessArticleFunction));
        try
        {
            var raw = await rawReader.ReadAsync(message.Name, cancellationToken).ConfigureAwait(false);
            if (raw is null)
            {
                await jobs.RecordItemAsync(message.JobId, message.Name, ReprocessItemOutcome.Skipped, "raw blob no longer exists", cancellationToken).ConfigureAwait(false);
                return InvocationResponse.Of(null, $"{message.Name}: raw blob is gone").ToResult();
            }

            var delivery = new ArticleDelivery(raw.Name, raw.Content.ToMemory(), raw.ETag, raw.ContentType, raw.LastModified, message.Force, attempt);
            var outcome = await processor.ProcessAsync(delivery, cancellationToken).ConfigureAwait(false);
            await jobs.RecordItemAsync(message.JobId, message.Name, outcome.ItemOutcome, outcome.Status + (outcome.Reason is null ? "" : ": " + outcome.Reason), cancellationToken).ConfigureAwait(false);
            return InvocationResponse.Of(outcome, $"{message.Name}: {outcome.Status}").ToResult();
        }
        catch (Exception e) when (e is Azure.RequestFailedException or IOException or HttpRequestException or TimeoutException)
        {
            LogFailed(logger, message.Name, attempt, e);
            if (attempt >= MaxDequeueCount)
            {
                await RecordGiveUpAsync(processor, jobs, message, attempt, e, logger, cancellationToken).ConfigureAwait(false);
            }

            // Non-2xx fails the invocation: the host makes the message visible again, and after the last attempt moves it to reprocess-poison.
            return InvocationResponse.Of(null, $"{message.Name}: attempt {attempt} failed: {e.Message}").ToResult(StatusCodes.Status500InternalServerError);
        }
    }

    private static async Task RecordGiveUpAsync(ArticleProcessor processor, ReprocessJobStore jobs, ReprocessMessage message, int attempt, Exception error, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await processor.GiveUpAsync(message.Name, null, error.Message, attempt, cancellationToken).ConfigureAwait(false);
            await jobs.RecordItemAsync(message.JobId, message.Name, ReprocessItemOutcome.Failed, "retries exhausted: " + error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or IOException or HttpRequestException or TimeoutException)
        {
            // Storage is still failing; the poison queue keeps the message for an operator.
            LogFailed(logger, message.Name, attempt, e);
        }
    }

    // The queue extension hands over the decoded message text; depending on the host version a JSON message arrives as text or as an object.
    private static string? MessageText(System.Text.Json.JsonElement data) =>
        data.ValueKind == System.Text.Json.JsonValueKind.Object ? data.GetRawText() : HostValue.AsString(data);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reprocessing {Name} failed on attempt {Attempt}")]
    private static partial void LogFailed(ILogger logger, string name, int attempt, Exception error);
}
