using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary><c>upload &lt;dir&gt; [--prefix]</c>: drops files into the <c>raw</c> container, with progress.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Folder whose files (recursively) are uploaded." };
        var prefix = new Option<string?>("--prefix") { Description = "Blob name prefix, e.g. 2026/11/." };
        var connection = StorageConnectionOption.Create();
        var command = new Command("upload", "Upload files into the raw container (blob name = prefix + relative path).") { directory, prefix, connection };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(directory)!, parse.GetValue(prefix), parse.GetValue(connection), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string directory, string? prefix, string? connection, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        if (!Directory.Exists(directory))
        {
            await stdout.WriteLineAsync($"error: no folder {directory}");
            return 2;
        }

        var raw = StorageConnectionOption.Resolve(connection).Container(Pipeline.Storage.StorageContainers.Raw);
        await raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var done = 0;
        var progress = new Lock();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (file, ct) =>
        {
            var name = (prefix ?? "") + Path.GetRelativePath(directory, file).Replace('\\', '/');
            await using var stream = File.OpenRead(file);
            // The stored content type is only a hint to the cleaner (it judges by content), but other tools show it.
            var headers = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = ContentTypeOf(file) };
            await raw.GetBlobClient(name).UploadAsync(stream, new Azure.Storage.Blobs.Models.BlobUploadOptions { HttpHeaders = headers }, ct);
            lock (progress)
            {
                done++;
                stdout.WriteLine($"[{done}/{files.Count}] raw/{name}");
            }
        });
        await stdout.WriteLineAsync($"{files.Count} file(s) uploaded to raw/{prefix}");
        return 0;
    }

    /// <summary>The content type a file's extension names, the stored formats the cleaner opens included.</summary>
    internal static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".xhtml" => "application/xhtml+xml",
        ".txt" => "text/plain",
        ".json" or ".har" => "application/json",
        ".jsonl" or ".ndjson" => "application/jsonl",
        ".gz" => "application/gzip",
        ".warc" => "application/warc",
        ".mhtml" or ".mht" => "multipart/related",
        ".eml" => "message/rfc822",
        _ => "application/octet-stream",
    };
}
