using System.IO.Compression;
using System.Text.Json;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads the committed outputs of other systems (<c>reference-outputs/&lt;system&gt;.json.gz</c>) as page id to body text.</summary>
public static class ReferenceOutputs
{
    /// <summary>AEB format: <c>{"output": {"&lt;id&gt;": {"articleBody": "..."}}}</c>.</summary>
    public static IReadOnlyDictionary<string, string> ReadAeb(string path)
    {
        using var document = ParseGzip(path);
        var output = document.RootElement.GetProperty("output");
        return output.EnumerateObject().ToDictionary(p => p.Name, p => GroundTruthJson.String(p.Value, "articleBody") ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Fundus-eval format: <c>{"&lt;file&gt;": {"body": ["paragraph", ...]}}</c>, paragraphs joined by newlines.</summary>
    public static IReadOnlyDictionary<string, string> ReadFundusEval(string path)
    {
        using var document = ParseGzip(path);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => string.Join('\n', GroundTruthJson.StringList(p.Value, "body") ?? []),
            StringComparer.Ordinal);
    }

    private static JsonDocument ParseGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return JsonDocument.Parse(gzip);
    }
}
