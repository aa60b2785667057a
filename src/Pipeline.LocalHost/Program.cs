using System.Globalization;
using System.Runtime.InteropServices;
using Pipeline.LocalHost;

// Development-only Functions host stand-in.
//   dotnet run --project src/Pipeline.LocalHost                 start Azurite (10000-10002 if free), the handler and the triggers; /api on 7071
//   dotnet run --project src/Pipeline.LocalHost -- bench [N]    upload N dataset pages (default 2000) and time them through the pipeline
var mode = args.Length > 0 ? args[0] : "run";
var appRoot = FindAppRoot();
var handler = Path.Combine(AppContext.BaseDirectory, "Pipeline.Functions.dll");
using var stop = new CancellationTokenSource();
// Ctrl+C, and SIGTERM from a supervisor or `kill`, stop Azurite and the handler cleanly instead of orphaning them.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopGracefully);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopGracefully);

if (mode == "bench")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
    var datasets = Path.GetFullPath(Path.Combine(appRoot, "..", "shared", "datasets"));
    var files = Directory.EnumerateDirectories(datasets)
        .Select(d => Path.Combine(d, "html"))
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
        .Order(StringComparer.Ordinal)
        .ToList();
    // The datasets hold fewer pages than a full run asks for: cycle through them (each upload gets its own blob name).
    files = Enumerable.Range(0, count).Select(i => files[i % files.Count]).ToList();
    await using var benchHost = await LocalFunctionsHost.StartAsync(new LocalHostOptions { AppRoot = appRoot, HandlerPath = handler, HandlerSettings = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Error" } }, stop.Token);
    var result = await ThroughputBenchmark.RunAsync(benchHost, files, Console.Out, stop.Token);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.Pages} page(s): all processed in {result.Elapsed.TotalSeconds:0.0} s ({result.Pages / result.Elapsed.TotalSeconds:0.0} pages/s); {result.Cleaned} cleaned, {result.Quarantined} quarantined; handler peak working set {result.HandlerPeakBytes / (1024.0 * 1024):0} MiB over {result.HandlerStarts} start(s)"));
    return 0;
}

var port = int.Parse(Environment.GetEnvironmentVariable("LOCALHOST_HTTP_PORT") ?? "7071", CultureInfo.InvariantCulture);
await using var host = await LocalFunctionsHost.StartAsync(
    new LocalHostOptions
    {
        AppRoot = appRoot,
        HandlerPath = handler,
        ConnectionString = Environment.GetEnvironmentVariable("PipelineStorage"),
        UseDefaultAzuritePorts = true,
        HttpPort = port,
    },
    stop.Token);
Console.WriteLine($"storage: {host.ConnectionString}");
Console.WriteLine($"handler: pid {host.Handler.Pid} on {host.Handler.BaseAddress}");
Console.WriteLine($"api:     {host.ApiBaseAddress}api/ (functions: {string.Join(", ", host.Catalog.Functions.Select(f => f.Name))})");
Console.WriteLine("Drop files into the raw container (pipeline upload <dir>); Ctrl+C stops everything.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("stopping");
}

return 0;

void StopGracefully(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

static string FindAppRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "host.json")) && File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (host.json and Pipeline.sln not found above the current folder).");
}
