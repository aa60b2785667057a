namespace Pipeline.Storage;

/// <summary>Names of the containers and queues the pipeline uses.</summary>
public static class StorageContainers
{
    public const string Raw = "raw";
    public const string Clean = "clean";
    public const string Quarantine = "quarantine";
    public const string ReprocessQueue = "reprocess";
}
