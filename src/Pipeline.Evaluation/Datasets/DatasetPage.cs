using System.IO.Compression;

namespace Pipeline.Evaluation.Datasets;

/// <summary>One dataset page: where its (usually gzip-compressed) bytes are, how to present them to the engine, and its labels.</summary>
/// <param name="Id">The dataset's key for the page (used in reports).</param>
/// <param name="FilePath">Absolute path of the stored file.</param>
/// <param name="InputName">The name handed to the engine (no label-revealing parts such as dates).</param>
/// <param name="ContentType">The content type handed to the engine.</param>
/// <param name="LastModified">The crawl time when the dataset knows it.</param>
/// <param name="Url">The page's URL when known (SmartReader wants one).</param>
/// <param name="Labels">The ground truth.</param>
public sealed record DatasetPage(
    string Id,
    string FilePath,
    string InputName,
    string ContentType,
    DateTimeOffset? LastModified,
    string? Url,
    PageLabels Labels)
{
    /// <summary>The page bytes exactly as scraped (decompressed when stored as <c>.gz</c>).</summary>
    public async Task<byte[]> ReadBytesAsync(CancellationToken cancellationToken)
    {
        if (!FilePath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return await File.ReadAllBytesAsync(FilePath, cancellationToken);
        }

        await using var file = File.OpenRead(FilePath);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await gzip.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
