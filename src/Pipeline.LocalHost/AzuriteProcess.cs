using System.Diagnostics;
using System.Globalization;

namespace Pipeline.LocalHost;

/// <summary>An Azurite emulator this process started (in-memory, loopback, its own ports); disposing stops it by its PID.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's published development account; it only works against the emulator.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int Pid => _process.Id;

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;");

    /// <summary>Starts Azurite from <c>node_modules</c> under <paramref name="repositoryRoot"/> (running <c>npm ci</c> first if it is missing); ports 0 mean free ones.</summary>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, int blobPort = 0, int queuePort = 0, int tablePort = 0, CancellationToken cancellationToken = default)
    {
        var entry = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(entry))
        {
            await RunNpmCiAsync(repositoryRoot, cancellationToken).ConfigureAwait(false);
        }

        blobPort = blobPort == 0 ? FreePort.Next() : blobPort;
        queuePort = queuePort == 0 ? FreePort.Next() : queuePort;
        tablePort = tablePort == 0 ? FreePort.Next() : tablePort;
        var workDir = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDir,
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        foreach (var arg in new[]
                 {
                     entry, "--silent", "--disableTelemetry", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var azurite = new AzuriteProcess(process, blobPort, queuePort, tablePort);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await FreePort.IsListeningAsync(blobPort, cancellationToken).ConfigureAwait(false)
               || !await FreePort.IsListeningAsync(queuePort, cancellationToken).ConfigureAwait(false))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite did not start listening on ports {blobPort}/{queuePort}.");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // It was told to stop; nothing more we can do for it.
        }

        _process.Dispose();
    }

    private static async Task RunNpmCiAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm") { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(arg);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed with exit code {npm.ExitCode} in {repositoryRoot}.");
        }
    }
}
