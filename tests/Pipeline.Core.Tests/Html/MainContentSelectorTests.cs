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

    [Fact]
    public void ArticleBody_microdata_outweighs_a_longer_unmarked_block()
    {
        var three = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));
        var five = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Other {i}")}</p>"));
        var body = HtmlTestDocuments.Body($"<section id=\"other\">{five}</section><section id=\"body\" itemprop=\"articleBody\">{three}</section>");
        var pruned = new PruneMap();

        var content = new MainContentSelector(HtmlTestDocuments.Patterns).Select(body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Equal("body", content.Root.Id);
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
}
