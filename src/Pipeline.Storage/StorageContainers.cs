namespace Pipeline.Storage;

/// <summary>Names of the containers and queues the pipeline uses.</summary>
public static class StorageContainers
{
    /// <summary>Raw pages as they landed; the pipeline never modifies them.</summary>
    public const string Raw = "raw";

    /// <summary>One cleaned JSON document per raw blob: <c>clean/{name}.json</c>.</summary>
    public const string Clean = "clean";

    /// <summary>One record per raw blob that could not be cleaned: <c>quarantine/{name}.json</c>.</summary>
    public const string Quarantine = "quarantine";

    /// <summary>Reprocess job records and their per-item results.</summary>
    public const string Jobs = "jobs";

    public const string ReprocessQueue = "reprocess";

    /// <summary>Where the Functions host moves reprocess messages that failed <c>maxDequeueCount</c> times.</summary>
    public const string ReprocessPoisonQueue = ReprocessQueue + "-poison";

    /// <summary>Where the Functions host puts blob-trigger deliveries that failed every retry.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    public static IReadOnlyList<string> AllContainers { get; } = [Raw, Clean, Quarantine, Jobs];

    public static IReadOnlyList<string> AllQueues { get; } = [ReprocessQueue, ReprocessPoisonQueue, BlobTriggerPoisonQueue];
}
