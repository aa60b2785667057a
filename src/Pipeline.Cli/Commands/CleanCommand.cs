using System.CommandLine;
using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Output;

namespace Pipeline.Cli.Commands;

/// <summary><c>clean &lt;file-or-dir&gt;... --out &lt;dir&gt;</c>: cleans files into one JSON document each.</summary>
internal static class CleanCommand
{
    // camelCase like the cleaned documents, so a quarantine record's metadata reads like an article's fields.
    private static readonly JsonSerializerOptions QuarantineJson = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders to clean (folders are read recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the JSON documents.", Required = true };
        var command = new Command("clean", "Clean raw pages into <out>/<relative path>.json; inputs that cannot be cleaned get <relative path>.quarantine.json.")
        {
            inputs,
            output,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(inputs)!, parse.GetValue(output)!, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string outDir, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        IReadOnlyList<InputFileEnumerator.InputFile> files;
        try
        {
            files = InputFileEnumerator.Expand(paths);
        }
        catch (Exception e) when (e is FileNotFoundException or UnauthorizedAccessException or IOException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 2;
        }

        var cleaner = new ArticleCleaner();
        var done = 0;
        var failed = 0;
        var unreadable = 0;
        var width = files.Count.ToString().Length;
        var consoleLock = new Lock();
        await Parallel.ForEachAsync(files, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, ct) =>
        {
            string line;
            try
            {
                var bytes = await File.ReadAllBytesAsync(file.FullPath, ct);
                var info = new FileInfo(file.FullPath);
                var outcome = cleaner.Clean(new RawInput(bytes, file.RelativePath.Replace('\\', '/'), null, info.LastWriteTimeUtc), ct);
                var target = Path.Combine(outDir, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (outcome.Succeeded)
                {
                    await File.WriteAllBytesAsync(target + ".json", CleanResultJson.Serialize(outcome.Result), ct);
                    var r = outcome.Result;
                    var words = r.Articles.Sum(a => a.WordCount);
                    var removed = r.Removed.Count + r.Articles.Sum(a => a.Removed.Count);
                    line = $"{file.RelativePath}: {r.Articles.Count} article(s), {words} words kept, {removed} block(s) removed";
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    var f = outcome.Failure;
                    var record = new { reason = f.Reason.ToString(), message = f.Message, sourceSha256 = f.SourceSha256, bytes = f.Bytes, metadata = f.Metadata };
                    await File.WriteAllTextAsync(target + ".quarantine.json", JsonSerializer.Serialize(record, QuarantineJson), ct);
                    line = $"{file.RelativePath}: not cleaned ({f.Reason}): {f.Message}";
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref unreadable);
                line = $"{file.RelativePath}: unreadable: {e.Message}";
            }

            lock (consoleLock)
            {
                done++;
                stdout.WriteLine($"[{done.ToString().PadLeft(width)}/{files.Count}] {line}");
            }
        });

        await stdout.WriteLineAsync($"{files.Count} file(s): {files.Count - failed - unreadable} cleaned, {failed} not cleaned, {unreadable} unreadable; output in {Path.GetFullPath(outDir)}");
        return unreadable > 0 ? 1 : 0;
    }
}
