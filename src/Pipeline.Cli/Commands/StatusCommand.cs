using System.CommandLine;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Cli.Commands;

/// <summary><c>status</c>: blob counts per container, quarantine reasons and the latest reprocess jobs.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var connection = StorageConnectionOption.Create();
        var jobs = new Option<int>("--jobs") { Description = "How many recent reprocess jobs to show.", DefaultValueFactory = _ => 5 };
        var command = new Command("status", "Show what is in storage: counts per container, quarantine reasons, reprocess jobs.") { connection, jobs };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(connection), parse.GetValue(jobs), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string? connection, int jobCount, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var storage = StorageConnectionOption.Resolve(connection);
        foreach (var name in StorageContainers.AllContainers)
        {
            var count = 0;
            var container = storage.Container(name);
            if (await container.ExistsAsync(cancellationToken))
            {
                await foreach (var _ in container.GetBlobsAsync(cancellationToken: cancellationToken))
                {
                    count++;
                }
            }

            await stdout.WriteLineAsync($"{name,-12} {count,8} blob(s)");
        }

        var quarantine = storage.Container(StorageContainers.Quarantine);
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        if (await quarantine.ExistsAsync(cancellationToken))
        {
            await foreach (var blob in quarantine.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var content = (await quarantine.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken)).Value.Content;
                var record = JsonSerializer.Deserialize(content.ToMemory().Span, StorageJsonContext.Default.QuarantineRecord);
                var reason = record?.Reason ?? "unreadable record";
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
        }

        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value))
        {
            await stdout.WriteLineAsync($"  quarantined {reason}: {count}");
        }

        foreach (var name in StorageContainers.AllQueues)
        {
            var queue = storage.Queue(name);
            var depth = await queue.ExistsAsync(cancellationToken) ? (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount : 0;
            await stdout.WriteLineAsync($"queue {name,-28} ~{depth} message(s)");
        }

        if (await storage.Container(StorageContainers.Jobs).ExistsAsync(cancellationToken))
        {
            foreach (var job in await new ReprocessJobStore(storage).ListRecentAsync(jobCount, cancellationToken))
            {
                await stdout.WriteLineAsync($"job {job.JobId} {job.State}: total {job.Total}, queued {job.Queued}, done {job.Done}, skipped {job.Skipped}, failed {job.Failed} (prefix '{job.Prefix}', force {job.Force})");
            }
        }

        return 0;
    }
}
