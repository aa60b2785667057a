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

        Assert.Equal(3, content.Parts.Count);
        Assert.All(content.Parts, p => Assert.Equal("article__body grid-content", p.GetAttribute("class")));
        Assert.Equal([HtmlTestDocuments.Paragraph("Part 1"), HtmlTestDocuments.Paragraph("Part 7")], new[] { content.Parts[0], content.Parts[2] }.Select(p => p.FirstElementChild!.TextContent));
    }
}
