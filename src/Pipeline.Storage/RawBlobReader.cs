using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>Reads and lists the <c>raw</c> container; it never writes to it.</summary>
public sealed class RawBlobReader
{
    private readonly BlobContainerClient _raw;

    public RawBlobReader(StorageClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _raw = clients.Container(StorageContainers.Raw);
    }

    /// <summary>The blob's bytes and properties, or null when it no longer exists.</summary>
    public async Task<RawBlob?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _raw.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var details = response.Value.Details;
            return new RawBlob(name, response.Value.Content, details.ETag.ToString(), details.ContentType, details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Raw blobs whose name starts with <paramref name="prefix"/> and, when given, modified at or after <paramref name="modifiedSince"/>.</summary>
    public async IAsyncEnumerable<RawBlobEntry> ListAsync(string? prefix, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new GetBlobsOptions { Prefix = string.IsNullOrEmpty(prefix) ? null : prefix };
        await foreach (var item in _raw.GetBlobsAsync(options, cancellationToken).ConfigureAwait(false))
        {
            var modified = item.Properties.LastModified ?? DateTimeOffset.MinValue;
            if (modifiedSince is { } since && modified < since)
            {
                continue;
            }

            yield return new RawBlobEntry(item.Name, item.Properties.ETag?.ToString() ?? string.Empty, modified, item.Properties.ContentLength ?? 0);
        }
    }
}
