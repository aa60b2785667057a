using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>
/// Job records in the <c>jobs</c> container: <c>{id}/job.json</c> for the request and <c>{id}/items/{name}</c> per blob,
/// whose metadata holds the item's outcome. Repeated deliveries overwrite their item, so the counts never double.
/// </summary>
public sealed class ReprocessJobStore
{
    private const string OutcomeKey = "outcome";
    private readonly BlobContainerClient _jobs;

    public ReprocessJobStore(StorageClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _jobs = clients.Container(StorageContainers.Jobs);
    }

    /// <summary>A new job id: sortable by time, unique.</summary>
    public static string NewJobId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];

    public async Task SaveAsync(ReprocessJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var json = JsonSerializer.SerializeToUtf8Bytes(job, StorageJsonContext.Default.ReprocessJob);
        await _jobs.GetBlobClient(JobBlob(job.Id)).UploadAsync(BinaryData.FromBytes(json), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReprocessJob?> GetAsync(string jobId, CancellationToken cancellationToken)
    {
        if (!IsValidJobId(jobId))
        {
            return null;
        }

        try
        {
            var response = await _jobs.GetBlobClient(JobBlob(jobId)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(response.Value.Content.ToMemory().Span, StorageJsonContext.Default.ReprocessJob);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Records how one item ended; the body says why.</summary>
    public async Task RecordItemAsync(string jobId, string name, ReprocessItemOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [OutcomeKey] = outcome.ToString() },
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
        };
        await _jobs.GetBlobClient(ItemPrefix(jobId) + name).UploadAsync(BinaryData.FromString(detail), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The job's counts, or null when there is no such job.</summary>
    public async Task<ReprocessJobStatus?> GetStatusAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = await GetAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return null;
        }

        int done = 0, skipped = 0, failed = 0;
        var options = new GetBlobsOptions { Prefix = ItemPrefix(jobId), Traits = BlobTraits.Metadata };
        await foreach (var item in _jobs.GetBlobsAsync(options, cancellationToken).ConfigureAwait(false))
        {
            var outcome = item.Metadata.TryGetValue(OutcomeKey, out var value) && Enum.TryParse<ReprocessItemOutcome>(value, out var parsed) ? parsed : ReprocessItemOutcome.Failed;
            _ = outcome switch
            {
                ReprocessItemOutcome.Done => done++,
                ReprocessItemOutcome.Skipped => skipped++,
                _ => failed++,
            };
        }

        var finished = done + skipped + failed;
        var queued = Math.Max(0, job.Enqueued - finished);
        var state = job.Enqueued == job.Total && finished >= job.Total ? ReprocessJobStatus.Completed : ReprocessJobStatus.Running;
        return new ReprocessJobStatus(job.Id, state, job.Total, queued, done, skipped, failed, job.Prefix, job.Force, job.CreatedAt);
    }

    /// <summary>The most recent jobs, newest first.</summary>
    public async Task<IReadOnlyList<ReprocessJobStatus>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var item in _jobs.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Delimiter = "/" }, cancellationToken).ConfigureAwait(false))
        {
            if (item.IsPrefix)
            {
                ids.Add(item.Prefix.TrimEnd('/'));
            }
        }

        var result = new List<ReprocessJobStatus>();
        foreach (var id in ids.OrderDescending(StringComparer.Ordinal).Take(count))
        {
            if (await GetStatusAsync(id, cancellationToken).ConfigureAwait(false) is { } status)
            {
                result.Add(status);
            }
        }

        return result;
    }

    // Job ids come from URLs: accept only what NewJobId produces, so no id can address another path.
    public static bool IsValidJobId(string jobId) =>
        !string.IsNullOrEmpty(jobId) && jobId.Length <= 64 && jobId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static string JobBlob(string jobId) => jobId + "/job.json";

    private static string ItemPrefix(string jobId) => jobId + "/items/";
}
