using System.Text.Json;
using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Reads schema.org JSON-LD blocks (arrays, @graph, @id references, nested mainEntity) into <see cref="JsonLdFacts"/>.</summary>
public static class JsonLdReader
{
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
            foreach (var script in scripts)
            {
                if (JsonLdScript.IsJsonLd(script) && JsonLdScript.Parse(script.TextContent) is { } json)
                {
                    documents.Add(json);
                    JsonLdGraph.Collect(json.RootElement, nodes);
                }
            }

            // The facts are read while the documents are alive: their elements point into the documents' pooled buffers.
            return nodes.Count == 0 ? JsonLdFacts.Empty : Summarise(new JsonLdGraph(nodes));
        }
        finally
        {
            foreach (var json in documents)
            {
                json.Dispose();
            }
        }
    }

    /// <summary>The facts of the first article-like node, else of the first web page node; the site name and another node's date either way.</summary>
    private static JsonLdFacts Summarise(JsonLdGraph graph)
    {
        var nodes = graph.Nodes;
        var article = nodes.FirstOrDefault(n => JsonLdNode.Types(n).Any(IsArticleType));
        var page = nodes.FirstOrDefault(n => JsonLdNode.Types(n).Any(t => t.EndsWith("Page", StringComparison.Ordinal)));
        var site = nodes.FirstOrDefault(n => JsonLdNode.Types(n).Contains("WebSite"));
        var hasArticle = article.ValueKind == JsonValueKind.Object;
        var main = hasArticle ? article : page;
        var otherDate = nodes.Select(n => JsonLdNode.Text(n, "datePublished") ?? JsonLdNode.Text(n, "uploadDate")).FirstOrDefault(d => d is not null);
        var siteName = site.ValueKind == JsonValueKind.Object ? graph.Name(site) : null;
        if (main.ValueKind != JsonValueKind.Object)
        {
            return JsonLdFacts.Empty with { WebSiteName = siteName, OtherDatePublished = otherDate };
        }

        return new JsonLdFacts
        {
            // A web page's name is often the site's or a section's; only an article's name stands in for its headline.
            Headline = JsonLdNode.Text(main, "headline") ?? (hasArticle ? JsonLdNode.Text(main, "name") : null),
            Authors = JsonLdAuthors.Read(main, graph),
            DatePublished = JsonLdNode.Text(main, "datePublished"),
            DateCreated = JsonLdNode.Text(main, "dateCreated"),
            DateModified = JsonLdNode.Text(main, "dateModified"),
            OtherDatePublished = otherDate,
            PublisherName = main.TryGetProperty("publisher", out var publisher) ? graph.Name(publisher) : null,
            PublisherIsPerson = publisher.ValueKind == JsonValueKind.Object && JsonLdNode.Types(graph.Resolve(publisher)).Contains("Person"),
            WebSiteName = siteName,
            Url = JsonLdNode.Text(main, "url"),
            Language = JsonLdNode.Text(main, "inLanguage"),
            ArticleBody = hasArticle && article.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null,
        };
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type is "Report" or "Review";
}
