using System.Text.Json;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class JsonLdGraphTests
{
    private static string[] TypesInOrder(string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<JsonElement>();
        JsonLdGraph.Collect(document.RootElement, nodes);
        return nodes.Select(n => string.Join('+', JsonLdNode.Types(n))).ToArray();
    }

    [Fact]
    public void Nodes_come_from_arrays_graphs_and_main_entities_in_document_order()
    {
        const string json = """[{"@type":"WebPage","mainEntity":{"@type":"NewsArticle"}},{"@graph":[{"@type":["https://schema.org/Person","schema:Author"]},{"@type":"WebSite"}]}]""";

        Assert.Equal(["WebPage", "NewsArticle", "", "Person+Author", "WebSite"], TypesInOrder(json));
    }

    [Fact]
    public void A_bare_id_reference_is_named_by_the_node_it_points_to_and_a_person_by_given_and_family_name()
    {
        using var document = JsonDocument.Parse("""{"@graph":[{"@id":"#org","name":" The  Daily "},{"@id":"#jd","givenName":"Jane","familyName":"Doe"},{"publisher":{"@id":"#org"},"author":[{"@id":"#jd"}]}]}""");
        var nodes = new List<JsonElement>();
        JsonLdGraph.Collect(document.RootElement, nodes);
        var graph = new JsonLdGraph(nodes);
        var article = graph.Nodes[^1];

        Assert.Equal("The Daily", graph.Name(article.GetProperty("publisher")));
        Assert.Equal("Jane Doe", graph.Name(article.GetProperty("author")));
        Assert.True(graph.TryGetNode("#jd", out var person));
        Assert.Equal("Jane", JsonLdNode.Text(person, "givenName"));
    }
}
