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
    public void A_page_swallowed_by_an_unbalanced_noscript_banner_still_has_its_heading_byline_and_page_text()
    {
        // Without scripting, "</noscript>" cannot close the noscript around an open div: the rest of the page ends up inside it.
        using var document = HtmlDocumentParser.Parse(
            "<html><body><noscript><div id=\"nojs\"></noscript><div id=\"page\"><h1>Bears breed in record numbers</h1>"
            + "<p class=\"byline\">By Anna Rossi</p><p>Nine females had cubs this year.</p></div><noscript></div></noscript></body></html>");
        var swallowing = Assert.Single(document.GetElementsByTagName("noscript"), n => n.ParentElement == document.Body);
        Assert.NotNull(swallowing.QuerySelector("h1"));

        var head = _scanner.Scan(document, null);

        Assert.Equal("Bears breed in record numbers", head.Heading?.TextContent);
        Assert.Equal("By Anna Rossi", Assert.Single(head.Bylines).Element.TextContent);
        Assert.Equal("Bears breed in record numbers By Anna Rossi Nine females had cubs this year. ", head.PageText);
    }

    [Fact]
    public void An_h1_in_the_article_root_below_paragraphs_of_its_text_heads_a_box_and_the_h1_above_the_root_stays_the_heading()
    {
        // Trimmed from a page whose call for donations, set into the article's text, carries an h1 of its own.
        using var document = HtmlDocumentParser.Parse(
            "<html><body><div class=\"title\"><h1><span>Tagesschau unterschlägt Hass-Demo in Essen</span></h1></div>"
            + "<div id=\"post\"><p>Sie ist nicht nur – nach eigenen Angaben – die erfolgreichste Nachrichtensendung Deutschlands. Sie ist auch die älteste und meistgesehene Nachrichtensendung Deutschlands.</p>"
            + "<p>Die 20-Uhr-Ausgabe der Tagesschau wird täglich von rund zehn Millionen Menschen verfolgt, mehr als jede andere Sendung.</p>"
            + "<div class=\"message-box\"><h1><span>Auf Sie kommt es an!</span></h1><p>Kritischer Journalismus ist wie ein Eisbrecher.</p></div></div></body></html>");
        var root = document.GetElementById("post")!;
        var headings = document.GetElementsByTagName("h1").ToList();

        var head = _scanner.Scan(document, root, headings);

        Assert.Equal("Tagesschau unterschlägt Hass-Demo in Essen", head.Heading?.TextContent);
        Assert.Same(headings[0], ArticleHeadScanner.MainHeading(root, headings));
    }

    [Fact]
    public void An_h1_that_opens_the_article_root_is_the_heading_over_an_h1_above_the_root()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html><body><h1>Bears of the Alps</h1><div id=\"post\"><p class=\"kicker\">Wildlife</p><h1>Bears breed in record numbers</h1>"
            + "<p>Nine females had cubs this year, more than in any year since counting began in the national park in 1990.</p>"
            + "<p>Rangers say the mild winter and a rich autumn crop of beechnuts helped the young to survive their first months.</p></div></body></html>");
        var root = document.GetElementById("post")!;
        var headings = document.GetElementsByTagName("h1").ToList();

        var head = _scanner.Scan(document, root, headings);

        Assert.Equal("Bears breed in record numbers", head.Heading?.TextContent);
        Assert.Same(headings[1], ArticleHeadScanner.MainHeading(root, headings));
    }

    [Fact]
    public void A_page_text_given_outright_is_kept()
    {
        Assert.Equal("Given text", new ArticleHead { PageText = "Given text" }.PageText);
        Assert.Equal("", new ArticleHead().PageText);
    }
}
