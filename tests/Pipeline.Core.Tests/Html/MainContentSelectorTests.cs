using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public class MainContentSelectorTests
{
    [Fact]
    public void Block_with_most_prose_wins_over_a_link_heavy_sidebar_and_a_teaser_grid()
    {
        var prose = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Story {i}")}</p>"));
        var links = string.Concat(Enumerable.Range(1, 10).Select(i => $"<p><a href=\"/{i}\">{HtmlTestDocuments.Paragraph($"Link {i}")}</a></p>"));
        var body = HtmlTestDocuments.Body($"<div id=\"links\">{links}</div><div id=\"story\">{prose}</div><div id=\"teasers\"><p>{HtmlTestDocuments.Paragraph("Teaser")}</p></div>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Equal("story", content.Root.Id);
    }

    [Theory]
    [InlineData("articleBody")]
    [InlineData("description articleBody")] // As Blogger writes it (htmldate dataset): itemprop is a list of property names.
    [InlineData("mainEntity  articleBody")]
    public void ArticleBody_microdata_outweighs_a_longer_unmarked_block(string itemprop)
    {
        var three = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));
        var five = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Other {i}")}</p>"));
        var body = HtmlTestDocuments.Body($"<section id=\"other\">{five}</section><section id=\"marked\" itemprop=\"{itemprop}\">{three}</section>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        // An id without a hint word: only the microdata can outweigh the longer block.
        Assert.Equal("marked", content.Root.Id);
    }

    [Theory]
    [InlineData("articleBodyText")]
    [InlineData("description")]
    public void Microdata_naming_another_property_gives_no_weight(string itemprop)
    {
        var body = HtmlTestDocuments.Body($"<section itemprop=\"{itemprop}\"><p>{HtmlTestDocuments.Paragraph("Body")}</p></section>");

        Assert.False(HtmlTags.DeclaresArticleBody(body.QuerySelector("section")!));
    }

    [Fact]
    public void Body_split_into_same_class_chunks_between_ad_rows_is_chosen_whole()
    {
        // As on wired.com (AEB): each chunk sits in its own grid, with an ad row between grids.
        string Chunk(int from) => "<div class=\"grid\"><div class=\"article__body grid-content\">"
            + string.Concat(Enumerable.Range(from, 3).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")) + "</div><div class=\"rail\"></div></div>";
        var body = HtmlTestDocuments.Body($"<main>{Chunk(1)}<div class=\"row\"><span>Advertisement</span></div>{Chunk(4)}<div class=\"row\"><span>Advertisement</span></div>{Chunk(7)}</main>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        var chunks = body.QuerySelectorAll(".article__body");
        Assert.Equal(3, chunks.Length);
        Assert.All(chunks, chunk => Assert.Contains(content.Parts, part => part.Contains(chunk)));
    }

    [Fact]
    public void Body_split_into_wrapped_chunks_between_image_blocks_is_chosen_whole()
    {
        // As on nationalgeographic.co.uk (trafilatura dataset): main-col > (div.paragraph > div > p*)+ with image blocks between the chunks;
        // the largest chunk's own wrapper adds no prose, its parent holds all of them.
        string Chunk(int from, int count) => "<div class=\"paragraph\"><div>"
            + string.Concat(Enumerable.Range(from, count).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")) + "</div></div>";
        const string Image = "<div class=\"ngart-img\"><div class=\"copy\">Goats on the island.</div></div>";
        var body = HtmlTestDocuments.Body($"<div class=\"main-col\">{Chunk(1, 2)}{Image}{Chunk(3, 5)}{Image}{Chunk(8, 3)}</div>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Equal("main-col", content.Root.ClassName);
    }

    [Fact]
    public void Body_cut_into_identical_containers_between_teaser_boxes_gathers_every_container_that_repeats_the_template()
    {
        // As on mdr.de (fundus): section > (div.con > div.modCon > div.mod > div.box > p*)+ with teaser boxes and a video between the
        // containers; a promo row and a one-line programme note share the wrapper class but not the template or the prose.
        string Chunk(int from, int count) => "<div class=\"con \"><div class=\"modCon\"><div class=\"mod modParagraph\"><div class=\"box\">"
            + string.Concat(Enumerable.Range(from, count).Select(i => $"<p class=\"text\">{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")) + "</div></div></div></div>";
        var teaser = $"<div class=\"con cssBoxTeaserStandard\"><h3><a href=\"/a\">{HtmlTestDocuments.Paragraph("Related story")}</a></h3></div>";
        var promo = $"<div class=\"con \"><div class=\"promo\"><p>{HtmlTestDocuments.Paragraph("Subscribe")}</p><p>{HtmlTestDocuments.Paragraph("Offer")}</p></div></div>";
        const string Note = "<div class=\"con \"><div class=\"modCon\"><div class=\"mod modParagraph\"><div class=\"box\"><p>This topic on the radio: news at noon</p></div></div></div></div>";
        var body = HtmlTestDocuments.Body(
            $"<div class=\"section\">{Chunk(1, 2)}{teaser}{Chunk(3, 6)}{teaser}{Chunk(9, 2)}{teaser}{teaser}{teaser}{promo}{Note}</div>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        var text = string.Concat(content.Parts.Select(p => p.TextContent));
        Assert.All(Enumerable.Range(1, 10), i => Assert.Contains($"Part {i}", text, StringComparison.Ordinal));
        Assert.DoesNotContain("Subscribe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("on the radio", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related story", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Part 1 ", StringComparison.Ordinal) < text.IndexOf("Part 3 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_cut_into_page_builder_rows_with_numbered_classes_gathers_every_row()
    {
        // As on djz.de (trafilatura dataset): a page builder wraps each text block in rows whose class lists carry per-instance numbers
        // (vc_row tdi_3_118 / vc_row tdi_11_47e); a link-heavy teaser row between them stops the climb.
        string Row(int n, int from, int count) => $"<div class=\"tdc-row\" id=\"tdi_{n}\"><div class=\"vc_row tdi_{n}_a{n} wpb_row\"><div class=\"vc_column tdi_{n + 1}_b{n} wpb_column\">"
            + "<div class=\"wpb_wrapper\"><div class=\"wpb_text_column\"><div class=\"wpb_wrapper\">"
            + string.Concat(Enumerable.Range(from, count).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")) + "</div></div></div></div></div></div>";
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p><a href=\"/{i}\">{HtmlTestDocuments.Paragraph($"Teaser {i}")}</a></p>"));
        var body = HtmlTestDocuments.Body($"<div>{Row(2, 1, 2)}<div class=\"teasers\">{teasers}</div>{Row(10, 3, 5)}</div>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        var text = string.Concat(content.Parts.Select(p => p.TextContent));
        Assert.All(Enumerable.Range(1, 7), i => Assert.Contains($"Part {i}", text, StringComparison.Ordinal));
        Assert.DoesNotContain("Teaser", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_column_of_several_text_widgets_gathers_the_sibling_rows_that_repeat_its_template()
    {
        // As on management-circle.de (trafilatura, WPBakery): the body starts in one vc_row whose column holds several text widgets and a
        // quote box, then continues in rows of an icon column beside a text column, and ends in a last text row; a call-to-action row and a
        // teaser-grid row share the row class but not the template.
        string Row(string columns) => "<div class=\"vc_row wpb_row vc_row-fluid\">" + columns + "</div>";
        string Column(int width, string widgets) => $"<div class=\"wpb_column vc_column_container vc_col-sm-{width}\"><div class=\"vc_column-inner \"><div class=\"wpb_wrapper\">{widgets}</div></div></div>";
        string Text(string inner) => $"<div class=\"wpb_text_column wpb_content_element \"><div class=\"wpb_wrapper\">{inner}</div></div>";
        const string Icon = "<div class=\"vcex-icon-box-css-wrap vc_custom_1563456769633\"><div class=\"vcex-icon-box-icon\"><span class=\"ticon ticon-binoculars\"></span></div></div>";
        var first = Column(12, Text(string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")))
            + "<div class=\"vcex-icon-box-css-wrap\"><div class=\"vcex-icon-box-heading\">Augmented Reality wird im großen Stil kommen und wir werden es alle nutzen.</div></div>"
            + Text(string.Concat(Enumerable.Range(9, 1).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Part {i}")}</p>")))
            + Text("<h2>Vorteile des Remote Support mit Smart Glasses</h2><p>Sie fragen sich, ob Sie den Remote Support mit Smart Glasses auch in Ihrem Unternehmen einbinden sollten? Wir haben fünf Vorteile für Sie zusammengefasst:</p>"));
        string Advantage(string heading, string sentence) => Row(Column(2, Icon) + Column(10, Text($"<p><strong>{heading}</strong><br> {sentence}</p>")));
        var body = HtmlTestDocuments.Body("<div class=\"single-blog-content entry clr\">"
            + Row(first)
            + Advantage("Kostenreduktion", "Da Service-Experten nicht mehr direkt vor Ort sein müssen, um ein Problem zu beheben, entfallen hohe Reise- und Fahrtkosten für ihre Arbeit.")
            + Advantage("Schulungszwecke", "Das Sichtfeld des Smart-Brillen-Trägers kann aufgezeichnet und so für spätere Schulungszwecke oder zur Einarbeitung neuer Mitarbeiter genutzt werden.")
            + Row(Column(12, Text("<h2>Werden wir dank Remote Support mit Smart Glasses bald unsere eigenen Servicemitarbeiter?</h2><p>Wie Sie sehen bietet der Remote Support mit Smart Glasses zahlreiche Vorteile, die sich auch immer mehr Unternehmen zu Nutzen machen. Man darf gespannt bleiben.</p>")))
            + Row(Column(12, "<section class=\"vc_cta3-container\"><div class=\"vc_cta3-content\"><p>In unserem Seminar erarbeiten Sie anhand verschiedener Experimente, wie Sie Augmented Reality in Ihrem Unternehmen einsetzen können.</p></div></section>"))
            + Row(Column(12, "<div class=\"vcex-post-type-grid\"><div class=\"vcex-post-type-entry\"><p><a href=\"/download/whitepaper\">Whitepaper: Augmented Reality in der Industrie, jetzt kostenlos herunterladen und mehr erfahren.</a></p></div></div>"))
            + "</div>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        var text = string.Concat(content.Parts.Select(p => p.TextContent));
        Assert.All(Enumerable.Range(1, 9), i => Assert.Contains($"Part {i} ", text, StringComparison.Ordinal));
        Assert.Contains("entfallen hohe Reise- und Fahrtkosten", text, StringComparison.Ordinal);
        Assert.Contains("Einarbeitung neuer Mitarbeiter", text, StringComparison.Ordinal);
        Assert.Contains("Wie Sie sehen bietet der Remote Support", text, StringComparison.Ordinal);
        Assert.DoesNotContain("In unserem Seminar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitepaper", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Part 9 ", StringComparison.Ordinal) < text.IndexOf("Kostenreduktion", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Schulungszwecke", StringComparison.Ordinal) < text.IndexOf("Wie Sie sehen", StringComparison.Ordinal));
    }
}
