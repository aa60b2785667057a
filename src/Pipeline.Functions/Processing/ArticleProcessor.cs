using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Output;
using Pipeline.Storage;

namespace Pipeline.Functions.Processing;

/// <summary>
/// The one cleaning path behind CleanArticle and ReprocessArticle: skip when the output is current,
/// otherwise clean and write <c>clean/</c> or <c>quarantine/</c> conditionally. Storage errors propagate so the host retries.
/// </summary>
internal sealed partial class ArticleProcessor(
    ArticleCleaner cleaner,
    CleaningMemoryGate memoryGate,
    CleanDocumentWriter cleanWriter,
    QuarantineWriter quarantineWriter,
    TimeProvider time,
    ILogger<ArticleProcessor> logger)
{
    public async Task<ProcessingOutcome> ProcessAsync(ArticleDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var stamp = new OutputStamp(
            RawInput.HashOf(delivery.Content.Span),
            PipelineVersion.Current,
            cleaner.Rules.Sha256,
            delivery.SourceETag);

        if (!delivery.Force)
        {
            if (await cleanWriter.IsCurrentAsync(delivery.Name, stamp, cancellationToken).ConfigureAwait(false))
            {
                LogSkipped(delivery.Name);
                return new ProcessingOutcome(delivery.Name, ProcessingStatus.Unchanged, null, 0);
            }

            if (await quarantineWriter.IsCurrentAsync(delivery.Name, stamp, cancellationToken).ConfigureAwait(false))
            {
                LogSkipped(delivery.Name);
                return new ProcessingOutcome(delivery.Name, ProcessingStatus.AlreadyQuarantined, null, 0);
            }
        }

        // The stamp's hash is the input's: the engine names its source with it instead of hashing the bytes again.
        CleanOutcome outcome;
        byte[]? json = null;
        // A gzip-compressed page is cleaned at its inflated size, which its trailer tells.
        using (await memoryGate.EnterAsync(GzipEnvelope.InflatedSizeHint(delivery.Content.Span), cancellationToken).ConfigureAwait(false))
        {
            outcome = cleaner.Clean(new RawInput(delivery.Content, delivery.Name, delivery.ContentType, delivery.LastModified, stamp.SourceSha256), cancellationToken);
            if (outcome.Succeeded)
            {
                json = CleanResultJson.Serialize(outcome.Result);
            }
        }

        if (outcome.Succeeded)
        {
            var written = await cleanWriter.WriteAsync(delivery.Name, json!, stamp, delivery.Force, cancellationToken).ConfigureAwait(false);
            await quarantineWriter.DeleteIfExistsAsync(delivery.Name, cancellationToken).ConfigureAwait(false);
            var status = written switch
            {
                OutputWriteResult.Created => ProcessingStatus.Created,
                OutputWriteResult.Replaced => ProcessingStatus.Replaced,
                _ => ProcessingStatus.Unchanged,
            };
            LogCleaned(delivery.Name, status, outcome.Result.Articles.Count);
            return new ProcessingOutcome(delivery.Name, status, null, outcome.Result.Articles.Count);
        }

        var failure = outcome.Failure;
        await QuarantineAsync(delivery, stamp, failure.Reason.ToString(), failure.Message, failure.Bytes, failure.Metadata, delivery.Force, cancellationToken).ConfigureAwait(false);
        // The quarantine record is written first: a crash in between leaves both outputs, never neither.
        await cleanWriter.DeleteIfExistsAsync(delivery.Name, cancellationToken).ConfigureAwait(false);
        return new ProcessingOutcome(delivery.Name, ProcessingStatus.Quarantined, failure.Reason.ToString(), 0);
    }

    /// <summary>Quarantines a delivery that kept failing for reasons outside the input (called on its last attempt).</summary>
    public Task GiveUpAsync(string name, string? sourceETag, string error, int attempts, CancellationToken cancellationToken)
    {
        var stamp = new OutputStamp("unknown", PipelineVersion.Current, cleaner.Rules.Sha256, sourceETag);
        var delivery = new ArticleDelivery(name, ReadOnlyMemory<byte>.Empty, sourceETag, null, null, Force: true, attempts);
        return QuarantineAsync(delivery, stamp, QuarantineReasons.RetriesExhausted, error, 0, null, force: true, cancellationToken);
    }

    private async Task QuarantineAsync(ArticleDelivery delivery, OutputStamp stamp, string reason, string error, long bytes, TriageMetadata? metadata, bool force, CancellationToken cancellationToken)
    {
        var record = new QuarantineRecord(
            delivery.Name,
            reason,
            error,
            Math.Max(1, delivery.Attempt),
            delivery.SourceETag,
            stamp.SourceSha256 == "unknown" ? null : stamp.SourceSha256,
            bytes,
            stamp.PipelineVersion,
            stamp.RulesSha256,
            time.GetUtcNow(),
            metadata);
        await quarantineWriter.WriteAsync(record, stamp, force, cancellationToken).ConfigureAwait(false);
        LogQuarantined(delivery.Name, reason, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: output is current, nothing to do")]
    private partial void LogSkipped(string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: {Status}, {Articles} article(s)")]
    private partial void LogCleaned(string name, ProcessingStatus status, int articles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name}: quarantined ({Reason}): {Error}")]
    private partial void LogQuarantined(string name, string reason, string error);
}
