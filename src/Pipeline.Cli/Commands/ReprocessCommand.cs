using System.CommandLine;
using System.Net.Http.Json;

namespace Pipeline.Cli.Commands;

/// <summary><c>reprocess [--prefix] [--force] [--dry-run]</c>: calls <c>POST api/reprocess</c> on the function app (or the local host).</summary>
internal static class ReprocessCommand
{
    public static Command Create()
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only raw blobs whose name starts with this." };
        var force = new Option<bool>("--force") { Description = "Rewrite outputs even when they are current." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count the matching blobs." };
        var endpoint = new Option<string>("--endpoint") { Description = "Function app base URL.", DefaultValueFactory = _ => "http://127.0.0.1:7071/" };
        var code = new Option<string?>("--code") { Description = "Function key (Azure); default env PIPELINE_FUNCTION_KEY." };
        var command = new Command("reprocess", "Ask the function app to clean matching raw blobs again (answers the job id; follow it with `status`).") { prefix, force, dryRun, endpoint, code };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(endpoint)!, parse.GetValue(code) ?? Environment.GetEnvironmentVariable("PIPELINE_FUNCTION_KEY"), parse.GetValue(prefix), parse.GetValue(force), parse.GetValue(dryRun), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string endpoint, string? code, string? prefix, bool force, bool dryRun, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        using var http = new HttpClient();
        var url = new Uri(new Uri(endpoint), "api/reprocess" + (string.IsNullOrEmpty(code) ? "" : "?code=" + Uri.EscapeDataString(code)));
        using var response = await http.PostAsJsonAsync(url, new { prefix, force, dryRun }, cancellationToken);
        await stdout.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return response.IsSuccessStatusCode ? 0 : 1;
    }
}
