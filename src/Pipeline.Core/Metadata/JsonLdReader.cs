using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Reads schema.org JSON-LD blocks (arrays, @graph, @id references, nested mainEntity) into <see cref="JsonLdFacts"/>.</summary>
public static partial class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdFacts Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document.ElementsNamed("script"));
    }

    /// <summary>Reads the JSON-LD of a page's &lt;script&gt; elements, given in document order.</summary>
    public static JsonLdFacts Read(IReadOnlyList<IElement> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var nodes = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            // script[type*='ld+json' i], found without the selector engine.
            foreach (var script in scripts)
            {
                if (script.GetAttribute("type") is not { } type || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (Parse(script.TextContent) is { } json)
                {
                    documents.Add(json);
                    Collect(json.RootElement, nodes, 0);
                }
            }

            return nodes.Count == 0 ? JsonLdFacts.Empty : Summarise(nodes);
        }
        finally
        {
            foreach (var json in documents)
            {
                json.Dispose();
            }
        }
    }

    private static JsonDocument? Parse(string text)
    {
        text = WithoutCData(text.Trim());
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            // Hand-written JSON-LD often has raw line breaks or tabs inside strings; they are never meaningful there.
            try
            {
                return JsonDocument.Parse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), Options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The JSON inside an XHTML-style CDATA wrapper (<c>&lt;![CDATA[ … ]]&gt;</c>, also commented out as <c>/* &lt;![CDATA[ */</c>), which browsers ignore but JSON parsers reject.</summary>
    private static string WithoutCData(string text)
    {
        if (!text.Contains("<![CDATA[", StringComparison.Ordinal))
        {
            return text;
        }

        var start = text.IndexOf("<![CDATA[", StringComparison.Ordinal) + "<![CDATA[".Length;
        var end = text.LastIndexOf("]]>", StringComparison.Ordinal);
        var inner = end > start ? text[start..end] : text[start..];
        return inner.Trim().TrimStart('*', '/').TrimEnd('/', '*').Trim();
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            foreach (var nested in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
            {
                if (element.TryGetProperty(nested, out var inner) && inner.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    Collect(inner, nodes, depth + 1);
                }
            }
        }
    }

    private static JsonLdFacts Summarise(List<JsonElement> nodes)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (String(node, "@id") is { } id)
            {
                byId.TryAdd(id, node);
            }
        }

        var article = nodes.FirstOrDefault(n => Types(n).Any(IsArticleType));
        var page = nodes.FirstOrDefault(n => Types(n).Any(t => t.EndsWith("Page", StringComparison.Ordinal)));
        var site = nodes.FirstOrDefault(n => Types(n).Contains("WebSite"));
        var main = article.ValueKind == JsonValueKind.Object ? article : page;
        var otherDate = nodes.Select(n => String(n, "datePublished") ?? String(n, "uploadDate")).FirstOrDefault(d => d is not null);
        if (main.ValueKind != JsonValueKind.Object)
        {
            return JsonLdFacts.Empty with { WebSiteName = site.ValueKind == JsonValueKind.Object ? Name(site, byId) : null, OtherDatePublished = otherDate };
        }

        return new JsonLdFacts
        {
            Headline = String(main, "headline") ?? (article.ValueKind == JsonValueKind.Object ? String(main, "name") : null),
            Authors = Authors(main, byId),
            DatePublished = String(main, "datePublished"),
            DateCreated = String(main, "dateCreated"),
            DateModified = String(main, "dateModified"),
            OtherDatePublished = otherDate,
            PublisherName = main.TryGetProperty("publisher", out var publisher) ? Name(publisher, byId) : null,
            PublisherIsPerson = publisher.ValueKind == JsonValueKind.Object && Types(Resolve(publisher, byId)).Contains("Person"),
            WebSiteName = site.ValueKind == JsonValueKind.Object ? Name(site, byId) : null,
            Url = String(main, "url"),
            Language = String(main, "inLanguage"),
            ArticleBody = article.ValueKind == JsonValueKind.Object && article.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null,
        };
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type is "Report" or "Review";

    private static List<string> Types(JsonElement node)
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

    private static List<JsonLdAuthor> Authors(JsonElement main, Dictionary<string, JsonElement> byId)
    {
        var authors = new List<JsonLdAuthor>();
        foreach (var property in (ReadOnlySpan<string>)["author", "creator"])
        {
            if (main.TryGetProperty(property, out var value))
            {
                AddAuthors(value, byId, authors, 0);
                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        return authors;
    }

    private static void AddAuthors(JsonElement value, Dictionary<string, JsonElement> byId, List<JsonLdAuthor> authors, int depth)
    {
        switch (value.ValueKind)
        {
            // An author given as the @id of a node of the graph ("https://example.org/author/jdoe/#author") is that node.
            case JsonValueKind.String when byId.TryGetValue(value.GetString()!, out var referenced):
                AddAuthors(referenced, byId, authors, depth + 1);
                break;
            case JsonValueKind.String:
                authors.Add(new JsonLdAuthor(value.GetString()!, false));
                break;
            case JsonValueKind.Array when depth < 3:
                foreach (var item in value.EnumerateArray())
                {
                    AddAuthors(item, byId, authors, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                var node = Resolve(value, byId);
                var types = Types(node);
                if (Name(node, byId) is { } name)
                {
                    var organisation = types.Count > 0 && !types.Contains("Person");
                    authors.Add(new JsonLdAuthor(types.Contains("Person") ? FullNameFromDescription(name, String(node, "description")) : name, organisation));
                }

                break;
        }
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

    // One or two capitalised words right after the first name, then a lower-case word, punctuation or the end.
    [GeneratedRegex(@"\G(?:\s\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}(?=\s+\p{Ll}|\s*[-–—,.:;(]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Surname();

    private static JsonElement Resolve(JsonElement node, Dictionary<string, JsonElement> byId) =>
        !node.TryGetProperty("name", out _) && String(node, "@id") is { } id && byId.TryGetValue(id, out var target) ? target : node;

    private static string? Name(JsonElement value, Dictionary<string, JsonElement> byId)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return MetaText.Clean(value.GetString());
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Select(v => Name(v, byId)).FirstOrDefault(n => n is not null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var node = Resolve(value, byId);
        if (node.TryGetProperty("name", out var name))
        {
            return name.ValueKind == JsonValueKind.String ? MetaText.Clean(name.GetString()) : Name(name, byId);
        }

        var given = String(node, "givenName");
        var family = String(node, "familyName");
        return given is null && family is null ? null : MetaText.Clean($"{given} {family}");
    }

    private static string? String(JsonElement node, string property)
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
}
