using System.Text.Json;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Opens a HAR file (a browser's developer tools, "Save all as HAR with content") to the page it recorded: the first successful HTML
/// response, which is the document the tab loaded; frames, scripts and pictures after it are the page's resources.
/// </summary>
public static class HarLog
{
    /// <summary>True when the JSON value is a HAR file: an object whose "log" holds "entries".</summary>
    public static bool Is(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("log", out var log) && log.ValueKind == JsonValueKind.Object
        && log.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array;

    /// <summary>The recorded page: its markup or bytes (base64 content decoded), the address it was requested from, and when.</summary>
    /// <exception cref="InputRejectedException"><see cref="FailureReason.NoArticle"/> when no successful HTML response kept its content.</exception>
    public static ScrapedJson.PageRecord Page(JsonElement root)
    {
        foreach (var entry in root.GetProperty("log").GetProperty("entries").EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("response", out var response) || response.ValueKind != JsonValueKind.Object
                || !(response.TryGetProperty("status", out var status) && status.TryGetInt32(out var code) && code is >= 200 and < 300)
                || !response.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object
                || String(content, "mimeType") is not { } type || !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The document's content was not saved: a frame's after it is no stand-in.
            if (String(content, "text") is not { Length: > 0 } text)
            {
                throw NoPage();
            }

            var url = entry.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Object ? String(request, "url") : null;
            var started = String(entry, "startedDateTime") is { } time && DateTimeOffset.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at : (DateTimeOffset?)null;
            var page = String(content, "encoding") == "base64"
                ? new ScrapedJson.PageRecord(null, url, Base64Prefix.Decode(text), started)
                : new ScrapedJson.PageRecord(text, url, null, started);
            return page.Html is not null || page.Body is not null ? page : throw NoPage();
        }

        throw NoPage();
    }

    private static InputRejectedException NoPage() =>
        new(FailureReason.NoArticle, "Input is a HAR file without a successful HTML response whose content was saved (save it \"with content\").");


    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
