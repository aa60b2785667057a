using System.Diagnostics;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;

namespace Pipeline.Functions.Processing;

/// <summary>Cleans the bundled sample pages once before the handler listens, so the first real blob does not pay the engine's start-up cost.</summary>
/// <remarks>
/// The engine's first page costs about a second of CPU (rule regexes compiled, the extractor's code jitted), counted
/// against that page's time budget: on a small instance a cold start could turn a good page into a TimeBudgetExceeded
/// quarantine record. Hosted services start before Kestrel, and the Functions host sends nothing until the port answers.
/// </remarks>
internal sealed partial class CleanerWarmUp(ArticleCleaner cleaner, ILogger<CleanerWarmUp> logger) : IHostedService
{
    private const string ResourcePrefix = "warm-up/";

    /// <summary>The bundled inputs: one HTML page and one plain-text dump, so both extractors are warmed.</summary>
    public static IReadOnlyList<string> InputNames { get; } =
        [.. typeof(CleanerWarmUp).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var resource in InputNames)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = cleaner.Clean(new RawInput(Read(resource), resource[ResourcePrefix.Length..], null, null), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (outcome.Succeeded)
            {
                LogWarmedUp(resource, elapsed);
            }
            else
            {
                // A warm-up failure costs only speed, never the handler: it is reported and start-up goes on.
                LogWarmUpFailed(resource, outcome.Failure.Reason, outcome.Failure.Message);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static byte[] Read(string resource)
    {
        using var stream = typeof(CleanerWarmUp).Assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up: cleaned {Input} in {Milliseconds:0} ms")]
    private partial void LogWarmedUp(string input, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up: {Input} was not cleaned ({Reason}: {Message}); the first pages will be slower")]
    private partial void LogWarmUpFailed(string input, FailureReason reason, string message);
}
