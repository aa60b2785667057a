using Pipeline.Core.Html;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class ElementTextTests
{
    [Fact]
    public void Leading_text_is_the_start_of_text_content_across_nested_elements_and_scripts()
    {
        var body = HtmlTestDocuments.Body("<div id='d'>Hello <b>bold <i>deep</i></b><script>var x = 1;</script> tail</div>");
        var div = body.QuerySelector("#d")!;

        Assert.Equal("Hello bold deepvar x = 1; tail", ElementText.Leading(div, 1000));
        Assert.Equal("Hello bold de", ElementText.Leading(div, 13));
        Assert.Equal("", ElementText.Leading(HtmlTestDocuments.Body("<p></p>").QuerySelector("p")!, 10));
    }

    [Fact]
    public void Length_is_the_text_content_length_capped()
    {
        var div = HtmlTestDocuments.Body("<div id='d'>abc<span>defg</span>hi</div>").QuerySelector("#d")!;

        Assert.Equal(9, ElementText.Length(div, 100));
        Assert.Equal(9, ElementText.Length(div, 9));
        Assert.Equal(5, ElementText.Length(div, 5));
    }

    [Fact]
    public void On_every_element_of_real_pages_it_agrees_with_text_content()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "aeb", "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(3))
        {
            var document = HtmlDocumentParser.Parse(HtmlTestDocuments.Decode(ReadText(path)).Text);
            foreach (var element in document.All)
            {
                var full = element.TextContent;
                Assert.Equal(full.Length > 300 ? full[..300] : full, ElementText.Leading(element, 300));
                Assert.Equal(Math.Min(full.Length, 120), ElementText.Length(element, 120));
            }
        }
    }

    private static string ReadText(string path) => System.Text.Encoding.UTF8.GetString(DatasetFiles.ReadGzip(path));
}
