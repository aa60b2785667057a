using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>
/// Writes a JSON blob stamped with an <see cref="OutputStamp"/> using conditional requests only
/// (If-None-Match * to create, If-Match ETag to replace), so concurrent deliveries can never double or tear an output.
/// </summary>
public sealed class StampedBlobWriter
{
    private const int MaxConflictRounds = 8;
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;

    public StampedBlobWriter(BlobContainerClient container, TimeProvider? time = null)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Properties of the existing blob, or null when there is none.</summary>
    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>True when the blob exists and carries <paramref name="stamp"/>.</summary>
    public async Task<bool> IsCurrentAsync(string blobName, OutputStamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var existing = await GetPropertiesAsync(blobName, cancellationToken).ConfigureAwait(false);
        return existing is not null && stamp.Matches(existing.Metadata);
    }

    /// <summary>
    /// Writes <paramref name="content"/> unless an output with the same stamp exists (and <paramref name="force"/> is off).
    /// A lost race is resolved by reading the winner: if it carries our stamp we are done, otherwise we replace it conditionally.
    /// </summary>
    public async Task<OutputWriteResult> WriteAsync(string blobName, BinaryData content, OutputStamp stamp, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var blob = _container.GetBlobClient(blobName);
        var existing = await GetPropertiesAsync(blobName, cancellationToken).ConfigureAwait(false);
        for (var round = 0; round < MaxConflictRounds; round++)
        {
            if (existing is not null && stamp.Matches(existing.Metadata) && (!force || round > 0))
            {
                // On later rounds a concurrent delivery has just written the very same output: a forced run is satisfied too.
                return OutputWriteResult.Unchanged;
            }

            var options = new BlobUploadOptions
            {
                Metadata = stamp.ToMetadata(_time.GetUtcNow()),
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                Conditions = existing is null
                    ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                    : new BlobRequestConditions { IfMatch = existing.ETag },
                // One Put Blob request: the service swaps the whole blob atomically, so readers never see a torn output.
                TransferOptions = new Azure.Storage.StorageTransferOptions { InitialTransferSize = 256 * 1024 * 1024, MaximumTransferSize = 256 * 1024 * 1024 },
            };
            try
            {
                await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
                return existing is null ? OutputWriteResult.Created : OutputWriteResult.Replaced;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                existing = await GetPropertiesAsync(blobName, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"Gave up writing {_container.Name}/{blobName} after {MaxConflictRounds} conflicting concurrent writes.");
    }

    /// <summary>Deletes the blob if it exists (used to drop a stale quarantine record once the input cleans).</summary>
    public async Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken) =>
        await _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Reads the blob, or null when there is none.</summary>
    public async Task<BinaryData?> ReadAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return response.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
