using System.Text.Json;

namespace Pipeline.LocalHost;

/// <summary>The function app as laid out on disk: host.json and one folder per function with its function.json.</summary>
public sealed record FunctionCatalog(IReadOnlyList<FunctionDefinition> Functions, int MaxDequeueCount, int QueueBatchSize, string RoutePrefix)
{
    /// <summary>Reads <paramref name="appRoot"/> (the folder holding host.json).</summary>
    public static FunctionCatalog Load(string appRoot)
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(appRoot, "host.json")));
        var extensions = host.RootElement.TryGetProperty("extensions", out var e) ? e : default;
        var queues = extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("queues", out var q) ? q : default;
        var http = extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("http", out var h) ? h : default;
        var maxDequeue = queues.ValueKind == JsonValueKind.Object && queues.TryGetProperty("maxDequeueCount", out var m) ? m.GetInt32() : 5;
        var batch = queues.ValueKind == JsonValueKind.Object && queues.TryGetProperty("batchSize", out var b) ? b.GetInt32() : 16;
        var prefix = http.ValueKind == JsonValueKind.Object && http.TryGetProperty("routePrefix", out var p) ? p.GetString() ?? "api" : "api";

        var functions = new List<FunctionDefinition>();
        foreach (var file in Directory.EnumerateFiles(appRoot, "function.json", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(Path.GetDirectoryName(file)) is not { } name || Path.GetDirectoryName(Path.GetDirectoryName(file)) != Path.TrimEndingDirectorySeparator(appRoot))
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in document.RootElement.GetProperty("bindings").EnumerateArray())
            {
                var type = binding.GetProperty("type").GetString() ?? "";
                if (!type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string? Text(string key) => binding.TryGetProperty(key, out var v) ? v.GetString() : null;
                var methods = binding.TryGetProperty("methods", out var ms) ? ms.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList() : [];
                functions.Add(new FunctionDefinition(name, type, Text("name") ?? "", Text("path"), Text("queueName"), Text("route") ?? name, methods));
            }
        }

        return new FunctionCatalog(functions, maxDequeue, batch, prefix);
    }

    public IEnumerable<FunctionDefinition> OfType(string triggerType) =>
        Functions.Where(f => string.Equals(f.TriggerType, triggerType, StringComparison.OrdinalIgnoreCase));
}
