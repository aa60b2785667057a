namespace Pipeline.Functions;

/// <summary>Every app setting the handler reads; the deployment template must set each one of <see cref="RequiredInAzure"/> (checked by the infra tests).</summary>
public static class AppSettingNames
{
    /// <summary>Connection name of the pipeline's storage account: in Azure the identity-based settings below, locally a connection string under this name.</summary>
    public const string StorageConnection = "PipelineStorage";

    public const string StorageBlobServiceUri = StorageConnection + "__blobServiceUri";
    public const string StorageQueueServiceUri = StorageConnection + "__queueServiceUri";
    public const string StorageCredential = StorageConnection + "__credential";
    public const string StorageClientId = StorageConnection + "__clientId";

    /// <summary>Set by the Functions host: the loopback port the handler listens on.</summary>
    public const string CustomHandlerPort = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Optional: inputs larger than this many bytes are quarantined as TooLarge (default: the engine's 16 MiB).</summary>
    public const string CleanerMaxInputBytes = "Cleaner__MaxInputBytes";

    /// <summary>Optional: wall-clock budget per document, a TimeSpan such as <c>00:00:10</c> (default: the engine's).</summary>
    public const string CleanerTimeBudget = "Cleaner__TimeBudget";

    /// <summary>Optional: how many reprocess messages are sent at once (default 16).</summary>
    public const string ReprocessEnqueueParallelism = "Reprocess__EnqueueParallelism";

    /// <summary>Settings Azure needs when the handler runs under a user-assigned identity.</summary>
    public static IReadOnlyList<string> RequiredInAzure { get; } =
    [
        StorageBlobServiceUri,
        StorageQueueServiceUri,
        StorageCredential,
        StorageClientId,
    ];

    /// <summary>Settings with working defaults; set them only to tune.</summary>
    public static IReadOnlyList<string> Optional { get; } =
    [
        CleanerMaxInputBytes,
        CleanerTimeBudget,
        ReprocessEnqueueParallelism,
    ];

    /// <summary>The configuration key (':' separated) of an app setting name ('__' separated).</summary>
    public static string ConfigurationKey(string settingName) => settingName.Replace("__", ":", StringComparison.Ordinal);
}
