namespace Pipeline.Storage;

/// <summary>How to reach the storage account: a connection string (Azurite, local runs) or service URIs with an Azure identity (deployed).</summary>
public sealed class StorageConnectionSettings
{
    /// <summary>Azurite's well-known development connection string.</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary><c>managedidentity</c> for a managed identity; anything else falls back to <c>DefaultAzureCredential</c>.</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>True when either a connection string or both service URIs are set.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(ConnectionString) || (BlobServiceUri is not null && QueueServiceUri is not null);
}
