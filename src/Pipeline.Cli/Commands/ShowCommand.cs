using System.CommandLine;
using Pipeline.Storage;

namespace Pipeline.Cli.Commands;

/// <summary><c>show &lt;name&gt;</c>: prints the clean document (or the quarantine record) of one raw blob, so results can be read without other tools.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var connection = StorageConnectionOption.Create();
        var name = new Argument<string>("name") { Description = "The raw blob's name, e.g. seeds/003_d1e5349e2d036e46.txt." };
        var command = new Command("show", "Print clean/<name>.json, or quarantine/<name>.json when the blob could not be cleaned.") { name, connection };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(name)!, parse.GetValue(connection), Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string name, string? connection, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var storage = StorageConnectionOption.Resolve(connection);
        foreach (var container in new[] { StorageContainers.Clean, StorageContainers.Quarantine })
        {
            var blob = storage.Container(container).GetBlobClient(OutputBlobName.For(name));
            if (await blob.ExistsAsync(cancellationToken))
            {
                var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
                await stderr.WriteLineAsync($"{container}/{blob.Name}");
                await stdout.WriteLineAsync(content.ToString());
                return 0;
            }
        }

        await stderr.WriteLineAsync($"error: neither clean/{name}.json nor quarantine/{name}.json exists (not delivered yet, or a different name).");
        return 1;
    }
}
