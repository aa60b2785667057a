using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class ContentScoresTests
{
    // 1 point, 2 for its commas, 1 for its hundred-odd characters: a paragraph credits 4 to its parent, half to its grandparent.
    private const string Paragraph = "<p>A paragraph of the story that runs on, with two commas, for somewhat more than a hundred visible characters when spaces are left out.</p>";

    [Fact]
    public void A_paragraph_credits_its_parent_fully_and_its_grandparent_by_half_on_top_of_their_tag_scores()
    {
        var body = HtmlTestDocuments.Body($"<div id=\"outer\"><div id=\"inner\">{Paragraph}</div></div>");
        var pruned = new PruneMap();

        var scores = ContentScores.Compute(body, TextStatistics.Compute(body, pruned), pruned, HtmlTestDocuments.Patterns);

        Assert.Equal("inner", scores.Best?.Id);
        Assert.Equal(4 + 5, scores.BestScore);
        Assert.True(scores.TryGetScore(body.QuerySelector("#outer")!, out var outer));
        Assert.Equal((4 / 2.0) + 5, outer);
    }

    [Fact]
    public void A_container_s_score_is_scaled_down_by_its_share_of_link_text()
    {
        // The link list repeats the paragraph's text as one link: half of the container's text is linked.
        var linked = Paragraph.Replace("<p>", "<ul><li><a href=\"/x\">", StringComparison.Ordinal).Replace("</p>", "</a></li></ul>", StringComparison.Ordinal);
        var body = HtmlTestDocuments.Body($"<div id=\"mixed\">{Paragraph}{linked}</div>");
        var pruned = new PruneMap();

        var scores = ContentScores.Compute(body, TextStatistics.Compute(body, pruned), pruned, HtmlTestDocuments.Patterns);

        Assert.Equal("mixed", scores.Best?.Id);
        Assert.Equal((4 + 5) * 0.5, scores.BestScore);
    }

    [Fact]
    public void A_body_without_paragraphs_has_no_best_container()
    {
        var body = HtmlTestDocuments.Body("<div><span>Menu</span><a href=\"/\">Home</a></div>");
        var pruned = new PruneMap();

        Assert.Null(ContentScores.Compute(body, TextStatistics.Compute(body, pruned), pruned, HtmlTestDocuments.Patterns).Best);
    }
}
