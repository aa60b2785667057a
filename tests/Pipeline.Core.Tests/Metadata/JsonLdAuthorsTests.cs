using System.Text.Json;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class JsonLdAuthorsTests
{
    private static (string Name, bool IsOrganization)[] Authors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<JsonElement>();
        JsonLdGraph.Collect(document.RootElement, nodes);
        var graph = new JsonLdGraph(nodes);
        return JsonLdAuthors.Read(graph.Nodes[0], graph).Select(a => (a.Name, a.IsOrganization)).ToArray();
    }

    [Fact]
    public void People_organisations_and_untyped_names_are_read_with_their_kind()
    {
        const string json = """{"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"NewsMediaOrganization","name":"AFP"},{"name":"Max Muster"},"Erika Beispiel"]}""";

        Assert.Equal([("Jane Doe", false), ("AFP", true), ("Max Muster", false), ("Erika Beispiel", false)], Authors(json));
    }

    [Fact]
    public void Creator_names_the_authors_only_when_author_names_none()
    {
        Assert.Equal([("Jane Doe", false)], Authors("""{"author":[],"creator":"Jane Doe"}"""));
        Assert.Equal([("Max Muster", false)], Authors("""{"author":"Max Muster","creator":"Jane Doe"}"""));
    }

    [Theory]
    [InlineData("""{"@id":"https://example.org/#/schema/person/1"}""", true)]
    [InlineData("\"https://example.org/#/schema/person/1\"", true)]
    [InlineData("""{"@type":"Person","name":"Jane Doe"}""", false)]
    public void Author_pointed_to_by_its_id_is_read_as_a_reference(string author, bool byReference)
    {
        using var document = JsonDocument.Parse("""{"@graph":[{"@type":"Article","author":""" + author + """},{"@type":"Person","@id":"https://example.org/#/schema/person/1","name":"Jane Doe"}]}""");
        var nodes = new List<JsonElement>();
        JsonLdGraph.Collect(document.RootElement, nodes);
        var graph = new JsonLdGraph(nodes);
        var article = graph.Nodes.First(n => n.TryGetProperty("author", out _));
        Assert.Equal([("Jane Doe", byReference)], JsonLdAuthors.Read(article, graph).Select(a => (a.Name, a.ByReference)));
    }

    [Theory]
    [InlineData("Nils", "Nils Pickert ist freier Autor und Journalist.", "Nils Pickert")]
    [InlineData("Stefanus", "Stefanus Stahl - Maschinenbauer, Abenteurer und ICB-Projektleiter.", "Stefanus Stahl")]
    [InlineData("Nils", "Nils schreibt über Fahrräder.", "Nils")]
    [InlineData("Jane Doe", "Jane Doe Smith writes about cars.", "Jane Doe")]
    public void Full_name_is_read_only_from_a_profile_that_opens_with_the_first_name(string name, string description, string expected) =>
        Assert.Equal(expected, JsonLdAuthors.FullNameFromDescription(name, description));
}
