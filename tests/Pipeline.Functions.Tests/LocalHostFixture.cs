using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.LocalHost;
using Pipeline.Storage;
using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

/// <summary>One Azurite, one real handler process and the local host's triggers and gateway for the whole collection; always stopped.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    /// <summary>The handler's input limit in these tests, so the oversized case needs only a few MB.</summary>
    public const int MaxInputBytes = 2_000_000;

    public LocalFunctionsHost Host { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public BlobContainerClient Raw => Host.Storage.Container(StorageContainers.Raw);

    public BlobContainerClient Clean => Host.Storage.Container(StorageContainers.Clean);

    public BlobContainerClient Quarantine => Host.Storage.Container(StorageContainers.Quarantine);

    public async Task InitializeAsync()
    {
        Host = await LocalFunctionsHost.StartAsync(
            new LocalHostOptions
            {
                AppRoot = RepositoryPaths.Root,
                HandlerPath = Path.Combine(AppContext.BaseDirectory, "Pipeline.Functions.dll"),
                HandlerSettings = new Dictionary<string, string>
                {
                    ["Cleaner__MaxInputBytes"] = MaxInputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),

                    // The tests name which guard stops an input; under CI load (two cores, test assemblies in parallel) the default 10 s
                    // budget once fired before the tree watch's work limit on deeply nested markup, and the record said TimeBudgetExceeded.
                    ["Cleaner__TimeBudget"] = "00:02:00",
                },
            },
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Http.Dispose();
    }

    /// <summary>Posts an invocation payload to the handler as the host does; returns status and parsed body.</summary>
    public async Task<(int Status, JsonNode? Body)> InvokeAsync(string function, JsonNode payload)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(Host.Handler.BaseAddress, function), payload);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Waits until <paramref name="container"/> holds <paramref name="blobName"/>; returns its properties.</summary>
    public static async Task<BlobProperties> WaitForBlobAsync(BlobContainerClient container, string blobName, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180));
        while (true)
        {
            try
            {
                return (await container.GetBlobClient(blobName).GetPropertiesAsync()).Value;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public static async Task<List<string>> ListAsync(BlobContainerClient container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public async Task<JsonDocument> ReadJsonAsync(BlobContainerClient container, string blobName)
    {
        var content = (await container.GetBlobClient(blobName).DownloadContentAsync()).Value.Content;
        return JsonDocument.Parse(content.ToMemory());
    }
}

[CollectionDefinition(Name)]
public sealed class LocalHostGroup : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
