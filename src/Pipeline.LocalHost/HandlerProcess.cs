using System.Diagnostics;
using System.Globalization;

namespace Pipeline.LocalHost;

/// <summary>The custom handler running as its own process, started the way the Functions host starts it (port in FUNCTIONS_CUSTOMHANDLER_PORT).</summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private readonly string _handlerPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;
    private long _peakWorkingSet;

    public HandlerProcess(string handlerPath, int port, IReadOnlyDictionary<string, string> environment)
    {
        _handlerPath = handlerPath;
        Port = port;
        _environment = environment;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int? Pid => _process is { HasExited: false } p ? p.Id : null;

    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Peak resident memory seen across all runs of the handler (sampled, and read from the process at exit).</summary>
    public long PeakWorkingSetBytes => Math.Max(Interlocked.Read(ref _peakWorkingSet), Sample());

    /// <summary>Starts the handler and waits until <c>GET /</c> answers (the host allows 30 s for this).</summary>
    public async Task StartAsync(HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var start = _handlerPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { _handlerPath } }
            : new ProcessStartInfo(_handlerPath);
        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetDirectoryName(_handlerPath)!;
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The handler could not be started.");
        Starts++;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(BaseAddress, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Kills the handler (as a crash would); the supervisor in <see cref="LocalFunctionsHost"/> starts it again.</summary>
    public void Kill()
    {
        Sample();
        if (_process is { HasExited: false } p)
        {
            p.Kill();
            p.WaitForExit(10_000);
        }
    }

    /// <summary>Records the current peak; returns it.</summary>
    public long Sample()
    {
        if (_process is { HasExited: false } p)
        {
            try
            {
                p.Refresh();
                var peak = p.PeakWorkingSet64;
                long seen;
                while ((seen = Interlocked.Read(ref _peakWorkingSet)) < peak && Interlocked.CompareExchange(ref _peakWorkingSet, peak, seen) != seen)
                {
                }
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the read.
            }
        }

        return Interlocked.Read(ref _peakWorkingSet);
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        if (_process is { } p)
        {
            await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
