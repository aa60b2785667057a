using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Tests.Html;

namespace Pipeline.Core.Tests.Metadata;

public sealed class ScannedAttributesTests
{
    [Fact]
    public void One_pass_reads_what_get_attribute_reads_on_every_element_of_dataset_pages()
    {
        var elements = 0;
        foreach (var html in Matching.DatasetPageText.AebHtml(40))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in All(document.DocumentElement))
            {
                var expected = new ScannedAttributes(
                    element.GetAttribute("role"), element.GetAttribute("itemprop"), element.GetAttribute("rel"), element.GetAttribute("data-component"),
                    element.GetAttribute("data-testid"), element.GetAttribute("href"), element.HasAttribute("datetime"), element.HasAttribute("data-utime"));
                Assert.Equal(expected, ScannedAttributes.Of(element));
                elements++;
            }
        }

        Assert.True(elements > 10_000, $"{elements} elements");
    }

    [Fact]
    public void A_repeated_attribute_reads_as_its_first_value_and_an_svg_link_reads_as_get_attribute_reads_it()
    {
        var body = HtmlTestDocuments.Body("<a href='/author/jane' href='/other' rel='author' data-testid='byline'>Jane</a><svg><a xlink:href='#x'><text>t</text></a></svg>");
        var link = body.FirstElementChild!;
        var svgLink = body.QuerySelector("svg")!.FirstElementChild!;

        Assert.Equal(new ScannedAttributes(null, null, "author", null, "byline", "/author/jane", false, false), ScannedAttributes.Of(link));
        Assert.Equal(svgLink.GetAttribute("href"), ScannedAttributes.Of(svgLink).Href);
    }

    private static IEnumerable<IElement> All(IElement root)
    {
        yield return root;
        foreach (var child in root.ElementChildren())
        {
            foreach (var element in All(child))
            {
                yield return element;
            }
        }
    }
}
