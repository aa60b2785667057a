using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Pipeline.Storage;

/// <summary>The blob and queue service clients of the pipeline's account, with the retry policy every adapter shares.</summary>
public sealed class StorageClients
{
    private StorageClients(BlobServiceClient blobs, QueueServiceClient queues)
    {
        Blobs = blobs;
        Queues = queues;
    }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    /// <summary>Queue client; messages are base64 on the wire because the Functions queue extension decodes base64 by default.</summary>
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public static StorageClients Create(StorageConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var blobOptions = new BlobClientOptions();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        ConfigureRetries(blobOptions.Retry);
        ConfigureRetries(queueOptions.Retry);

        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return new StorageClients(
                new BlobServiceClient(settings.ConnectionString, blobOptions),
                new QueueServiceClient(settings.ConnectionString, queueOptions));
        }

        if (settings.BlobServiceUri is null || settings.QueueServiceUri is null)
        {
            throw new ArgumentException("Set either a connection string or both the blob and queue service URIs.", nameof(settings));
        }

        var credential = CreateCredential(settings);
        return new StorageClients(
            new BlobServiceClient(settings.BlobServiceUri, credential, blobOptions),
            new QueueServiceClient(settings.QueueServiceUri, credential, queueOptions));
    }

    /// <summary>Creates the containers and queues if they are missing (local runs; in Azure the template creates them).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var container in StorageContainers.AllContainers)
        {
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in StorageContainers.AllQueues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static TokenCredential CreateCredential(StorageConnectionSettings settings) =>
        string.Equals(settings.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(settings.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId });

    // Transient errors are retried by the SDK a few times; after that the invocation fails and the host retries it.
    private static void ConfigureRetries(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 4;
        retry.Delay = TimeSpan.FromMilliseconds(400);
        retry.MaxDelay = TimeSpan.FromSeconds(8);
        retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }
}
