namespace Pipeline.Functions;

/// <summary>Every app setting the handler reads; the deployment template must set each one (checked by the infra tests).</summary>
public static class AppSettingNames
{
    /// <summary>Connection name of the pipeline's storage account: in Azure the identity-based settings below, locally a connection string under this name.</summary>
    public const string StorageConnection = "PipelineStorage";

    public const string StorageBlobServiceUri = StorageConnection + "__blobServiceUri";
    public const string StorageQueueServiceUri = StorageConnection + "__queueServiceUri";
    public const string StorageCredential = StorageConnection + "__credential";
    public const string StorageClientId = StorageConnection + "__clientId";

    /// <summary>Settings Azure needs when the handler runs under a user-assigned identity.</summary>
    public static IReadOnlyList<string> RequiredInAzure { get; } =
    [
        StorageBlobServiceUri,
        StorageQueueServiceUri,
        StorageCredential,
        StorageClientId,
    ];
}
