using System.Text.Json;

namespace Pipeline.Core.Metadata;

/// <summary>The JSON-LD nodes of one page, flattened out of arrays, @graph and nested mainEntity, with @id references resolved to the nodes they name.</summary>
internal sealed class JsonLdGraph
{
    /// <summary>A page's own nodes sit near the top; the bound keeps machine-generated nesting from recursing far.</summary>
    private const int MaxDepth = 8;

    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    /// <param name="nodes">The nodes as <see cref="Collect"/> gathered them, in document order.</param>
    public JsonLdGraph(List<JsonElement> nodes)
    {
        Nodes = nodes;
        foreach (var node in nodes)
        {
            if (JsonLdNode.Text(node, "@id") is { } id)
            {
                _byId.TryAdd(id, node);
            }
        }
    }

    public IReadOnlyList<JsonElement> Nodes { get; }

    /// <summary>Adds the objects of a parsed script to <paramref name="nodes"/>: the top-level ones and those under @graph, mainEntity and mainEntityOfPage.</summary>
    public static void Collect(JsonElement element, List<JsonElement> nodes) => Walk(element, nodes, 0);

    /// <summary>The node with that @id, when the page has one.</summary>
    public bool TryGetNode(string id, out JsonElement node) => _byId.TryGetValue(id, out node);

    /// <summary>The full node a bare reference (<c>{"@id": "…"}</c> without a name) points to; any other node as it is.</summary>
    public JsonElement Resolve(JsonElement node) =>
        !node.TryGetProperty("name", out _) && JsonLdNode.Text(node, "@id") is { } id && _byId.TryGetValue(id, out var target) ? target : node;

    /// <summary>The name of a string, a list (its first name) or a node (its name, else given and family name), following @id references.</summary>
    public string? Name(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return MetaText.Clean(value.GetString());
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Select(Name).FirstOrDefault(n => n is not null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var node = Resolve(value);
        if (node.TryGetProperty("name", out var name))
        {
            return name.ValueKind == JsonValueKind.String ? MetaText.Clean(name.GetString()) : Name(name);
        }

        var given = JsonLdNode.Text(node, "givenName");
        var family = JsonLdNode.Text(node, "familyName");
        return given is null && family is null ? null : MetaText.Clean($"{given} {family}");
    }

    private static void Walk(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            foreach (var nested in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
            {
                if (element.TryGetProperty(nested, out var inner) && inner.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    Walk(inner, nodes, depth + 1);
                }
            }
        }
    }
}
