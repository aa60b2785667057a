using System.Text.Json;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads the datasets' label files, which are JSON objects keyed by page, and the loose value shapes they use.</summary>
internal static class GroundTruthJson
{
    public static JsonDocument Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return JsonDocument.Parse(bytes);
    }

    public static string? String(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The non-empty string, or null when missing, null or blank.</summary>
    public static string? NonEmptyString(JsonElement entry, string name) =>
        String(entry, name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>A list of strings; null when the member is missing or not an array.</summary>
    public static IReadOnlyList<string>? StringList(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
    }

    /// <summary>Parses the datasets' naive or offset timestamps (<c>2024-05-03 18:19:08.72</c>); naive ones are taken as UTC.</summary>
    public static DateTimeOffset? Timestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text.Replace(' ', 'T'), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }
}
