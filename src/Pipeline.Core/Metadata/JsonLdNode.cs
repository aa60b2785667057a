using System.Text.Json;

namespace Pipeline.Core.Metadata;

/// <summary>Reads one JSON-LD node's values in the shapes schema.org allows: a plain string, an array of them, or a typed <c>@value</c>.</summary>
internal static class JsonLdNode
{
    /// <summary>The property's text (cleaned), the first string of an array, or the <c>@value</c> of a typed value; null when absent.</summary>
    public static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => MetaText.Clean(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => MetaText.Clean(v.GetString())).FirstOrDefault(v => v is not null),
            JsonValueKind.Object when value.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String => MetaText.Clean(inner.GetString()),
            _ => null,
        };
    }

    /// <summary>The node's @type names without their vocabulary prefix ("https://schema.org/NewsArticle" and "schema:NewsArticle" are "NewsArticle").</summary>
    public static List<string> Types(JsonElement node)
    {
        var types = new List<string>();
        if (!node.TryGetProperty("@type", out var type))
        {
            return types;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            types.Add(Local(type.GetString()!));
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            types.AddRange(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => Local(t.GetString()!)));
        }

        return types;

        static string Local(string t) => t[(t.LastIndexOfAny(['/', ':']) + 1)..];
    }
}
