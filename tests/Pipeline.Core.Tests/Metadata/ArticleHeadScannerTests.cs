using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class ArticleHeadScannerTests
{
    private readonly ArticleHeadScanner _scanner = new(RuleSet.Embedded.Metadata);

    [Fact]
    public void The_page_text_read_after_the_scan_is_the_visible_text_the_walk_collected()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html><body><nav>Menu</nav><h1>Storm floods the valley</h1><p>Rain fell all night.</p><aside>Related</aside><p>Roads are closed.</p></body></html>");

        var head = _scanner.Scan(document, null);

        Assert.Equal("Storm floods the valley Rain fell all night. Roads are closed. ", head.PageText);
        Assert.Same(head.PageText, head.PageText);
    }

    [Fact]
    public void A_head_whose_page_text_is_read_after_the_threads_next_scan_throws_instead_of_answering_the_other_page()
    {
        using var first = HtmlDocumentParser.Parse("<html><body><h1>First page</h1><p>First text.</p></body></html>");
        using var second = HtmlDocumentParser.Parse("<html><body><h1>Second page</h1><p>Second text.</p></body></html>");

        var stale = _scanner.Scan(first, null);
        var current = _scanner.Scan(second, null);

        Assert.Throws<InvalidOperationException>(() => stale.PageText);
        Assert.Equal("Second page Second text. ", current.PageText);
    }

    [Fact]
    public void A_page_text_given_outright_is_kept()
    {
        Assert.Equal("Given text", new ArticleHead { PageText = "Given text" }.PageText);
        Assert.Equal("", new ArticleHead().PageText);
    }
}
