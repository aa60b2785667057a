using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Reads the authors a JSON-LD article node credits: its author (else creator) people and organisations, following @id references.</summary>
internal static partial class JsonLdAuthors
{
    /// <summary>Author lists nest a level or two on real pages; the bound keeps a malformed one from recursing far.</summary>
    private const int MaxListDepth = 3;

    public static List<JsonLdAuthor> Read(JsonElement article, JsonLdGraph graph)
    {
        var authors = new List<JsonLdAuthor>();
        foreach (var property in (ReadOnlySpan<string>)["author", "creator"])
        {
            if (article.TryGetProperty(property, out var value))
            {
                Add(value, graph, authors, 0);
                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        return authors;
    }

    /// <summary>
    /// A person listed by first name only ("Nils") whose profile text opens with the full name ("Nils Pickert ist freier Autor")
    /// is credited by that full name: the name is the blog account's, the description the person's own.
    /// </summary>
    internal static string FullNameFromDescription(string name, string? description)
    {
        if (description is null || name.Any(char.IsWhiteSpace) || !description.StartsWith(name + " ", StringComparison.Ordinal))
        {
            return name;
        }

        var surname = Surname().Match(description, name.Length);
        return surname.Success ? name + surname.Value : name;
    }

    private static void Add(JsonElement value, JsonLdGraph graph, List<JsonLdAuthor> authors, int depth, bool byReference = false)
    {
        switch (value.ValueKind)
        {
            // An author given as the @id of a node of the graph ("https://example.org/author/jdoe/#author") is that node.
            case JsonValueKind.String when graph.TryGetNode(value.GetString()!, out var referenced):
                Add(referenced, graph, authors, depth + 1, byReference: true);
                break;
            case JsonValueKind.String:
                authors.Add(new JsonLdAuthor(value.GetString()!, false));
                break;
            case JsonValueKind.Array when depth < MaxListDepth:
                foreach (var item in value.EnumerateArray())
                {
                    Add(item, graph, authors, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                var node = graph.Resolve(value);
                var types = JsonLdNode.Types(node);
                if (graph.Name(node) is { } name)
                {
                    var organisation = types.Count > 0 && !types.Contains("Person");
                    // A bare {"@id": …} resolved to a node elsewhere in the graph is a reference too.
                    var referenced = byReference || (!value.TryGetProperty("name", out _) && JsonLdNode.Text(value, "@id") is { } id && graph.TryGetNode(id, out _));
                    authors.Add(new JsonLdAuthor(types.Contains("Person") ? FullNameFromDescription(name, JsonLdNode.Text(node, "description")) : name, organisation, referenced));
                }

                break;
        }
    }

    // One or two capitalised words right after the first name, then a lower-case word, punctuation or the end.
    [GeneratedRegex(@"\G(?:\s\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}(?=\s+\p{Ll}|\s*[-–—,.:;(]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Surname();
}
