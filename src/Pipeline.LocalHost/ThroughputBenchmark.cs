using System.Diagnostics;
using Azure.Storage.Blobs.Models;
using Pipeline.Storage;

namespace Pipeline.LocalHost;

/// <summary>Uploads dataset pages to <c>raw</c> and measures the time until every one has a clean or quarantine output, and the handler's peak memory.</summary>
public static class ThroughputBenchmark
{
    public sealed record Result(int Pages, TimeSpan Elapsed, int Cleaned, int Quarantined, long HandlerPeakBytes, int HandlerStarts);

    public static async Task<Result> RunAsync(LocalFunctionsHost host, IReadOnlyList<string> files, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(log);
        var raw = host.Storage.Container(StorageContainers.Raw);
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files.Select((f, i) => (f, i)), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            // Some datasets store pages gzipped; what lands in raw is the page itself.
            var bytes = await File.ReadAllBytesAsync(item.f, ct).ConfigureAwait(false);
            var fileName = Path.GetFileName(item.f);
            if (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                using var plain = new MemoryStream();
                await gzip.CopyToAsync(plain, ct).ConfigureAwait(false);
                bytes = plain.ToArray();
                fileName = fileName[..^3];
            }

            var name = $"bench/{item.i:D5}-{fileName}";
            await raw.GetBlobClient(name).UploadAsync(new BinaryData(bytes), overwrite: true, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        await log.WriteLineAsync($"uploaded {files.Count} page(s) in {stopwatch.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);

        int cleaned = 0, quarantined = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            host.Handler.Sample();
            cleaned = await CountAsync(host, StorageContainers.Clean, cancellationToken).ConfigureAwait(false);
            quarantined = await CountAsync(host, StorageContainers.Quarantine, cancellationToken).ConfigureAwait(false);
            if (cleaned + quarantined >= files.Count)
            {
                break;
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        stopwatch.Stop();
        return new Result(files.Count, stopwatch.Elapsed, cleaned, quarantined, host.Handler.PeakWorkingSetBytes, host.Handler.Starts);
    }

    private static async Task<int> CountAsync(LocalFunctionsHost host, string container, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in host.Storage.Container(container).GetBlobsAsync(new GetBlobsOptions { Prefix = "bench/" }, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
