using System.Diagnostics;
using Pipeline.Tests.Shared;

namespace Pipeline.Infra.Tests.Packaging;

/// <summary>
/// Runs the packaging command once per test run: for the repository root (publishing the handler, the slow part),
/// and for a fixture root with placeholder function folders, reusing that handler.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pipeline-package-").FullName;

    public PackageFixture()
    {
        var repositoryPackageDir = Path.Combine(_directory, "repository");
        RunPackage($"-p:PackageDir={repositoryPackageDir}");
        RepositoryPackage = Path.Combine(repositoryPackageDir, "pipeline-functions.zip");

        FixtureRoot = Path.Combine(_directory, "fixture-root");
        WriteFixtureRoot(FixtureRoot);
        var fixturePackageDir = Path.Combine(_directory, "fixture");
        RunPackage(
            $"-p:AppRoot={FixtureRoot}",
            $"-p:PackageDir={fixturePackageDir}",
            "-p:SkipHandlerPublish=true",
            $"-p:HandlerPublishDir={Path.Combine(repositoryPackageDir, "handler-publish")}");
        FixturePackage = Path.Combine(fixturePackageDir, "pipeline-functions.zip");
    }

    /// <summary>The zip built from the repository root.</summary>
    public string RepositoryPackage { get; }

    /// <summary>A root with two function folders, a folder without function.json and a stray file.</summary>
    public string FixtureRoot { get; }

    /// <summary>The zip built from <see cref="FixtureRoot"/>.</summary>
    public string FixturePackage { get; }

    /// <summary>A fresh temporary folder that is deleted with the fixture.</summary>
    public string NewTemporaryFolder() => Directory.CreateDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void WriteFixtureRoot(string root)
    {
        // Placeholders only: the real function folders belong to the handler's branch.
        Directory.CreateDirectory(Path.Combine(root, "CleanArticle"));
        Directory.CreateDirectory(Path.Combine(root, "Health"));
        Directory.CreateDirectory(Path.Combine(root, "notes"));
        File.WriteAllText(Path.Combine(root, "host.json"), """
            { "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler/Pipeline.Functions" } } }
            """);
        File.WriteAllText(Path.Combine(root, "CleanArticle", "function.json"), """
            { "bindings": [ { "name": "page", "type": "blobTrigger", "direction": "in", "path": "raw/{name}", "source": "EventGrid", "connection": "PipelineStorage" } ] }
            """);
        File.WriteAllText(Path.Combine(root, "Health", "function.json"), """
            { "bindings": [ { "name": "req", "type": "httpTrigger", "direction": "in", "methods": [ "get" ], "route": "health" }, { "name": "res", "type": "http", "direction": "out" } ] }
            """);
        File.WriteAllText(Path.Combine(root, "notes", "todo.txt"), "not a function folder");
        File.WriteAllText(Path.Combine(root, "stray.txt"), "not part of the app");
    }

    private static void RunPackage(params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add("msbuild");
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "eng", "Package.proj"));
        start.ArgumentList.Add("-nologo");
        start.ArgumentList.Add("-v:m");
        foreach (var property in properties)
        {
            start.ArgumentList.Add(property);
        }

        // The test host's MSBuild variables would point the child build at the test run's SDK state.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("packaging did not finish in 8 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"packaging failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }
}
