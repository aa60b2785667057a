using Microsoft.AspNetCore.Builder;
using Pipeline.Storage;

namespace Pipeline.LocalHost;

/// <summary>
/// A stand-in for the Functions host on a developer machine: Azurite (started if needed), the containers and queues,
/// the handler process (restarted if it dies), the blob and queue triggers, and the <c>/api/*</c> gateway.
/// </summary>
public sealed class LocalFunctionsHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private AzuriteProcess? _azurite;
    private WebApplication? _gateway;

    private LocalFunctionsHost(LocalHostOptions options, FunctionCatalog catalog)
    {
        Options = options;
        Catalog = catalog;
    }

    public LocalHostOptions Options { get; }

    public FunctionCatalog Catalog { get; }

    public string ConnectionString { get; private set; } = "";

    public StorageClients Storage { get; private set; } = null!;

    public HandlerProcess Handler { get; private set; } = null!;

    public HttpClient HandlerHttp { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Base address of the <c>/api/*</c> gateway.</summary>
    public Uri ApiBaseAddress { get; private set; } = null!;

    public BlobTriggerPoller? BlobTrigger { get; private set; }

    public int? AzuritePid => _azurite?.Pid;

    public static async Task<LocalFunctionsHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new LocalFunctionsHost(options, FunctionCatalog.Load(options.AppRoot));
        try
        {
            await host.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        ConnectionString = Options.ConnectionString ?? await StartAzuriteAsync(cancellationToken).ConfigureAwait(false);
        Storage = StorageClients.Create(new StorageConnectionSettings { ConnectionString = ConnectionString });
        await Storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var settings = new Dictionary<string, string>(Options.HandlerSettings) { ["PipelineStorage"] = ConnectionString };
        Handler = new HandlerProcess(Options.HandlerPath, FreePort.Next(), settings);
        await Handler.StartAsync(HandlerHttp, cancellationToken).ConfigureAwait(false);
        _loops.Add(SuperviseHandlerAsync(_stop.Token));

        Uri HandlerAddress() => Handler.BaseAddress;
        foreach (var blobFunction in Catalog.OfType("blobTrigger"))
        {
            BlobTrigger = new BlobTriggerPoller(blobFunction, Storage, HandlerHttp, HandlerAddress, Options.BlobDeliveries);
            _loops.Add(Task.Run(() => BlobTrigger.RunAsync(_stop.Token), CancellationToken.None));
        }

        foreach (var queueFunction in Catalog.OfType("queueTrigger"))
        {
            var pump = new QueueTriggerPump(queueFunction, Storage, HandlerHttp, HandlerAddress, Catalog.QueueBatchSize, Catalog.MaxDequeueCount);
            _loops.Add(Task.Run(() => pump.RunAsync(_stop.Token), CancellationToken.None));
        }

        var httpPort = Options.HttpPort == 0 ? FreePort.Next() : Options.HttpPort;
        _gateway = HttpTriggerGateway.Build(httpPort, Catalog, HandlerHttp, HandlerAddress);
        await _gateway.StartAsync(cancellationToken).ConfigureAwait(false);
        ApiBaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
    }

    private async Task<string> StartAzuriteAsync(CancellationToken cancellationToken)
    {
        if (Options.UseDefaultAzuritePorts)
        {
            if (await FreePort.IsListeningAsync(10000, cancellationToken).ConfigureAwait(false))
            {
                return AzuriteProcess.ConnectionStringFor(10000, 10001, 10002);
            }

            _azurite = await AzuriteProcess.StartAsync(Options.AppRoot, 10000, 10001, 10002, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            _azurite = await AzuriteProcess.StartAsync(Options.AppRoot, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return _azurite.ConnectionString;
    }

    // Like the host, restart a handler that exited; deliveries meanwhile wait and are retried.
    private async Task SuperviseHandlerAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Handler.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                await Handler.StartAsync(HandlerHttp, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (InvalidOperationException)
            {
                await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or HttpRequestException or Azure.RequestFailedException)
        {
            // Stopping: loops end however they end.
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync().ConfigureAwait(false);
        }

        if (Handler is not null)
        {
            await Handler.DisposeAsync().ConfigureAwait(false);
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }

        HandlerHttp.Dispose();
        _stop.Dispose();
    }
}
