using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class ElementTextTests
{
    [Fact]
    public void Leading_text_is_the_start_of_the_visible_text_across_nested_elements_without_scripts_or_styles()
    {
        var body = HtmlTestDocuments.Body("<div id='d'>Hello <b>bold <i>deep</i></b><script>var x = 1;</script><style>p{}</style> tail</div>");
        var div = body.QuerySelector("#d")!;

        Assert.Equal("Hello bold deep tail", ElementText.Leading(div, 1000));
        Assert.Equal("Hello bold deep tail", ElementText.All(div));
        Assert.Equal(20, ElementText.Length(div, 100));
        Assert.Equal("Hello bold de", ElementText.Leading(div, 13));
        Assert.Equal("", ElementText.Leading(HtmlTestDocuments.Body("<p></p>").QuerySelector("p")!, 10));
    }

    [Fact]
    public void An_inline_svgs_title_and_style_are_no_text_and_mathml_formulas_are()
    {
        // Inline SVG is parsed as a foreign element with a lower-case tag name: holzwerken.net's "Created with Sketch.", przepisy.pl's ".st0 { fill: none; }".
        var div = HtmlTestDocuments.Body("<div id='d'>Share <svg viewBox='0 0 9 9'><style>.st0 { fill: none; }</style><title>Created with Sketch.</title></svg>this story: <math><mi>x</mi><mo>=</mo><mn>2</mn></math></div>").QuerySelector("#d")!;

        Assert.Equal("Share this story: x=2", ElementText.Folded(div));
    }

    [Fact]
    public void Text_across_blocks_keeps_a_space_where_blocks_meet_and_none_inside_a_word()
    {
        // samples/library-reopens.html: the removed comment section read "1 commentTom Reed …" in the audit.
        var section = HtmlTestDocuments.Body("<section id='s'><h3>1 comment</h3><p>Tom Reed May 14, 2024</p><p>Great <b>news</b>.<br>Thanks</p></section>").QuerySelector("#s")!;

        Assert.Equal("1 comment Tom Reed May 14, 2024 Great news. Thanks", ElementText.FoldedAcrossBlocks(section));
        Assert.Equal("1 commentTom Reed May 14, 2024Great news.Thanks", ElementText.Folded(section));
    }

    [Fact]
    public void The_audit_of_a_removed_section_reads_its_blocks_apart()
    {
        var body = HtmlTestDocuments.Body("<aside id='a'><h3>Stay Updated</h3><p>Subscribe to our daily newsletter.</p></aside>");
        var pruned = new PruneMap();

        pruned.Remove(body.QuerySelector("#a")!, Pipeline.Core.Model.RemovalReasons.Newsletter);

        Assert.Equal("Stay Updated Subscribe to our daily newsletter.", Assert.Single(pruned.Audit).Text);
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
    public void On_every_element_of_real_pages_it_agrees_with_text_content_less_invisible_elements()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "aeb", "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(3))
        {
            var document = HtmlDocumentParser.Parse(HtmlTestDocuments.Decode(ReadText(path)).Text);
            foreach (var element in document.All)
            {
                var full = VisibleText(element);
                Assert.Equal(full.Length > 300 ? full[..300] : full, ElementText.Leading(element, 300));
                Assert.Equal(Math.Min(full.Length, 120), ElementText.Length(element, 120));
            }
        }
    }

    // The reference: TextContent of every text node that has no invisible element (script, style...) between it and the element.
    private static string VisibleText(IElement element) => string.Concat(
        element.Descendants<IText>()
            .Where(t => !t.Ancestors<IElement>().TakeWhile(a => a != element).Any(a => HtmlTags.Invisible.Contains(a.TagName)))
            .Select(t => t.Data));

    private static string ReadText(string path) => System.Text.Encoding.UTF8.GetString(DatasetFiles.ReadGzip(path));

    [Fact]
    public void Folded_text_is_the_leading_text_folded_on_every_element_of_real_pages()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "aeb", "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(3))
        {
            var document = HtmlDocumentParser.Parse(HtmlTestDocuments.Decode(ReadText(path)).Text);
            foreach (var element in document.All)
            {
                Assert.Equal(Pipeline.Core.Input.WhitespaceFolder.FoldLine(ElementText.Leading(element, 1200)), ElementText.Folded(element, 1200));
                Assert.Equal(Pipeline.Core.Input.WhitespaceFolder.FoldLine(ElementText.All(element)), ElementText.Folded(element));
            }
        }
    }
}
