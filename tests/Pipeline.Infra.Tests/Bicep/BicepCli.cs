using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>Runs the Bicep CLI that restore downloaded (NuGet package Azure.Bicep.CommandLine.linux-x64).</summary>
internal static class BicepCli
{
    private static readonly Lazy<string> ExecutablePath = new(Locate);

    /// <summary>Runs <c>bicep args...</c> with SARIF diagnostics and returns the exit code and every diagnostic.</summary>
    public static BicepRun Run(params string[] arguments) => Run(new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>bicep args...</c> with extra environment variables (a .bicepparam file reads them).</summary>
    public static BicepRun Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--diagnostics-format");
        start.ArgumentList.Add("sarif");
        // Offline: no telemetry, no registry look-ups.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep " + string.Join(' ', arguments) + " did not finish");
        }

        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result, Diagnostics(stdout.Result).Concat(Diagnostics(stderr.Result)).ToList());
    }

    // The CLI exits 0 on warnings, so the diagnostics are counted from the SARIF it writes (stderr, or stdout for lint).
    private static IEnumerable<string> Diagnostics(string output)
    {
        var start = output.IndexOf('{', StringComparison.Ordinal);
        if (start < 0 || !output.Contains("\"runs\"", StringComparison.Ordinal))
        {
            return [];
        }

        var sarif = JsonNode.Parse(output[start..])!;
        return sarif["runs"]!.AsArray()
            .SelectMany(run => run!["results"]!.AsArray())
            .Select(result => $"{result!["ruleId"]}: {result["message"]!["text"]} at {result["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]}:{result["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]}");
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepExecutable").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Bicep CLI not restored; run dotnet restore on the infra tests", path);
        }

        // NuGet extracts the package without the exec bit for the group and others, and sometimes without it at all.
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & executable) != executable)
        {
            File.SetUnixFileMode(path, mode | executable);
        }

        return path;
    }
}

/// <summary>One run of the Bicep CLI.</summary>
public sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError, IReadOnlyList<string> Diagnostics);
