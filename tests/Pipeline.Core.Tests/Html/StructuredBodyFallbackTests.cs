using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public class StructuredBodyFallbackTests
{
    private static readonly string Body = string.Join("\n", Enumerable.Range(1, 6).Select(i => HtmlTestDocuments.Paragraph($"Tsai {i}")));

    [Fact]
    public void Page_rendering_its_article_with_scripts_gets_the_json_ld_article_body()
    {
        // As on scmp.com (trafilatura dataset): the markup holds a photo caption, the JSON-LD articleBody the whole opinion piece.
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["@context"] = "https://schema.org", ["@type"] = "OpinionNewsArticle", ["headline"] = "Playbook", ["articleBody"] = Body });
        var html = $"""
            <html><head><title>Playbook</title><script type="application/ld+json">{json}</script></head>
            <body><div id="app"><p>Taiwanese President Tsai Ing-wen speaks during a televised policy debate in Taipei. Photo: AP</p></div></body></html>
            """;

        var article = Assert.Single(new HtmlArticleExtractor(RuleSet.Embedded, new CleanerOptions()).Extract(HtmlTestDocuments.Decode(html), CancellationToken.None).Articles);

        Assert.Equal(Body.Replace("\n", "\n\n", StringComparison.Ordinal), article.Text);
    }

    [Fact]
    public void Rendered_text_of_a_third_or_more_of_the_structured_body_is_kept()
    {
        var blocks = new List<TextBlock> { new(HtmlTestDocuments.Paragraph("Tsai 1") + " " + HtmlTestDocuments.Paragraph("Tsai 2") + " " + HtmlTestDocuments.Paragraph("Tsai 3"), TextBlockKind.Paragraph) };

        Assert.Null(StructuredBodyFallback.Replace(blocks, Body));
        Assert.Null(StructuredBodyFallback.Replace([], "<p>" + Body + "</p>"));
    }
}
