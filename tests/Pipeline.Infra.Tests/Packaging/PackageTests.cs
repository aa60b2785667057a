using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Pipeline.Tests.Shared;

namespace Pipeline.Infra.Tests.Packaging;

/// <summary>The deployable zip: exactly host.json, the function folders and the handler, and the handler starts from it.</summary>
public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string HandlerEntry = "handler/Pipeline.Functions";

    [Fact]
    public void Repository_package_holds_host_json_every_function_folder_and_the_handler_and_nothing_else()
    {
        var expected = Directory.EnumerateDirectories(RepositoryPaths.Root)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Select(Path.GetFileName)
            .Append("host.json")
            .Append("handler")
            .Order(StringComparer.Ordinal);

        using var zip = ZipFile.OpenRead(package.RepositoryPackage);
        var topLevel = zip.Entries.Select(entry => entry.FullName.Split('/')[0]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, topLevel);
    }

    [Fact]
    public void Only_folders_with_a_function_json_are_packaged_with_host_json()
    {
        using var zip = ZipFile.OpenRead(package.FixturePackage);
        var outsideHandler = zip.Entries.Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("handler/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["CleanArticle/function.json", "Health/function.json", "host.json"], outsideHandler);
        Assert.Equal(
            File.ReadAllText(Path.Combine(package.FixtureRoot, "CleanArticle", "function.json")),
            new StreamReader(zip.GetEntry("CleanArticle/function.json")!.Open()).ReadToEnd());
    }

    [Fact]
    public void Handler_executable_keeps_its_exec_bit_in_the_zip()
    {
        using var zip = ZipFile.OpenRead(package.RepositoryPackage);
        var handler = zip.GetEntry(HandlerEntry);

        Assert.NotNull(handler);
        var mode = (handler.ExternalAttributes >> 16) & 0xFFFF;
        Assert.Equal(0x8000, mode & 0xF000); // a regular file
        Assert.Equal(0b001_001_001, mode & 0b001_001_001); // executable by user, group and others
    }

    [Fact]
    public void Handler_is_self_contained_and_ships_without_debug_symbols()
    {
        using var zip = ZipFile.OpenRead(package.RepositoryPackage);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();

        // Self-contained single file: the runtime travels inside the executable, so the platform's .NET version does not matter.
        var handler = zip.GetEntry("handler/Pipeline.Functions");
        Assert.NotNull(handler);
        Assert.True(handler.Length > 30 * 1024 * 1024, $"handler is {handler.Length:N0} bytes: too small to carry the runtime");
        Assert.DoesNotContain("handler/Pipeline.Functions.dll", names);
        Assert.DoesNotContain(names, name => name.EndsWith(".pdb", StringComparison.Ordinal) || name.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handler_extracted_from_the_zip_answers_the_hosts_readiness_probe()
    {
        var folder = package.NewTemporaryFolder();
        await ZipFile.ExtractToDirectoryAsync(package.RepositoryPackage, folder);
        var executable = Path.Combine(folder, "handler", "Pipeline.Functions");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute));

        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The handler validates its options at start and refuses to run without a storage connection; the probe needs none to answer.
        start.Environment["PipelineStorage"] = "UseDevelopmentStorage=true";
        using var handler = Process.Start(start)!;
        try
        {
            handler.OutputDataReceived += (_, _) => { };
            handler.ErrorDataReceived += (_, _) => { };
            handler.BeginOutputReadLine();
            handler.BeginErrorReadLine();

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var status = await PollUntilAnswered(client, new Uri($"http://127.0.0.1:{port}/"), handler, TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            handler.Kill(entireProcessTree: true);
            await handler.WaitForExitAsync(CancellationToken.None);
        }
    }

    // The Functions host polls GET / the same way until the handler answers, for at most 30 s.
    private static async Task<HttpStatusCode?> PollUntilAnswered(HttpClient client, Uri uri, Process handler, TimeSpan budget)
    {
        var deadline = DateTime.UtcNow + budget;
        while (DateTime.UtcNow < deadline && !handler.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(uri);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
