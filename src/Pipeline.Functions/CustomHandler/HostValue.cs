using System.Text.Json;

namespace Pipeline.Functions.CustomHandler;

/// <summary>
/// Reads values the Functions host sends, undoing its quirks: metadata strings arrive JSON-encoded twice,
/// objects sometimes arrive as JSON text, numbers sometimes as strings, and binary data as base64.
/// </summary>
internal static class HostValue
{
    /// <summary>The plain string inside <paramref name="element"/>, unwrapping any number of JSON string encodings.</summary>
    public static string? AsString(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString()!;
                for (var depth = 0; depth < 4 && text.Length >= 2 && text[0] == '"' && text[^1] == '"'; depth++)
                {
                    try
                    {
                        text = JsonSerializer.Deserialize<string>(text) ?? text;
                    }
                    catch (JsonException)
                    {
                        break;
                    }
                }

                return text;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            default:
                return element.GetRawText();
        }
    }

    public static long? AsInt64(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var n) ? n
        : long.TryParse(AsString(element), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    public static bool? AsBoolean(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => bool.TryParse(AsString(element), out var b) ? b : null,
        };

    public static DateTimeOffset? AsDateTimeOffset(JsonElement element) =>
        DateTimeOffset.TryParse(AsString(element), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    /// <summary>An object, whether sent as a JSON object or as (possibly double-encoded) JSON text; null otherwise.</summary>
    public static JsonElement? AsObject(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return element;
        }

        var text = AsString(element);
        if (text is null || !text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Binding data as bytes: base64 (dataType binary), else the UTF-8 of the string, else the raw JSON.</summary>
    public static byte[] AsBytes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString()!;
            var buffer = new byte[text.Length * 3 / 4 + 3];
            return Convert.TryFromBase64String(text, buffer, out var written)
                ? buffer.AsSpan(0, written).ToArray()
                : System.Text.Encoding.UTF8.GetBytes(text);
        }

        return element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
            ? []
            : System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
    }

    /// <summary>Case-insensitive member lookup (the host's casing is not consistent across bindings).</summary>
    public static JsonElement? Member(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
