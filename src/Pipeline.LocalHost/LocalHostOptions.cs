namespace Pipeline.LocalHost;

/// <summary>Settings of a local host run.</summary>
public sealed class LocalHostOptions
{
    /// <summary>Folder with host.json and the function folders (the repository root).</summary>
    public required string AppRoot { get; init; }

    /// <summary>The handler: <c>Pipeline.Functions.dll</c> (run with dotnet) or the published executable.</summary>
    public required string HandlerPath { get; init; }

    /// <summary>Storage connection string; null starts a private Azurite (or reuses one on the default ports when <see cref="UseDefaultAzuritePorts"/>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Start Azurite on 10000-10002 (matching <c>UseDevelopmentStorage=true</c>) instead of free ports.</summary>
    public bool UseDefaultAzuritePorts { get; init; }

    /// <summary>Port of the <c>/api/*</c> gateway; 0 picks a free one.</summary>
    public int HttpPort { get; init; }

    /// <summary>Concurrent blob-trigger deliveries.</summary>
    public int BlobDeliveries { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Extra environment for the handler (app settings).</summary>
    public IReadOnlyDictionary<string, string> HandlerSettings { get; init; } = new Dictionary<string, string>();
}
