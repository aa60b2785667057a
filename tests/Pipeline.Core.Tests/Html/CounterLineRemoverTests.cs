using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>Bare counters printed as badges (markup trimmed from the fundus-eval page LATimes_2, a numbered "story stack").</summary>
public class CounterLineRemoverTests
{
    private static IReadOnlyList<TextBlock> Render(string html) => HtmlTestDocuments.Render(html);

    [Fact]
    public void A_number_printed_as_its_own_badge_is_dropped()
    {
        var blocks = Render($"""
            <div class="story-stack-item" id="1"><div class="story-stack-item-number"><span>1</span></div><div class="story-stack-story"><p>{HtmlTestDocuments.Paragraph("Biden leads")}</p></div></div>
            <div class="story-stack-item" id="2"><div class="story-stack-item-number"><span>2</span></div><div class="story-stack-story"><h3 class="story-stack-story-title">Third-party candidates hurt Biden</h3><p>{HtmlTestDocuments.Paragraph("One")}</p></div></div>
            <p>(3)</p><p>4/50</p>
            """);
        var removed = new PruneMap();

        var kept = CounterLineRemover.Remove(blocks, removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Biden leads"), "Third-party candidates hurt Biden", HtmlTestDocuments.Paragraph("One")], kept.Select(b => b.Text));
        Assert.Equal(["1", "2", "(3)", "4/50"], removed.Audit.Select(r => r.Text));
        Assert.All(removed.Audit, r => Assert.Equal(RemovalReasons.Boilerplate, r.Reason));
    }

    [Fact]
    public void A_slideshows_position_counter_is_dropped_in_any_language_while_a_score_line_and_a_sentence_stay()
    {
        // As on chicagotribune.com (htmldate dataset), backen.de (trafilatura dataset) and an AEB gallery: "1 of 33" over each picture, "1 von 17"
        // over each step of a recipe's slideshow.
        var blocks = Render("""
            <p>1 of 6</p><p>1 von 17</p><p>12 de 20</p><p>3 sur 9</p>
            <p>Bayern won 3 of 4 games.</p><p>Score: 2 of 3</p>
            """);
        var removed = new PruneMap();

        var kept = CounterLineRemover.Remove(blocks, removed);

        Assert.Equal(["Bayern won 3 of 4 games.", "Score: 2 of 3"], kept.Select(b => b.Text));
        Assert.Equal(["1 of 6", "1 von 17", "12 de 20", "3 sur 9"], removed.Audit.Select(r => r.Text));
    }

    [Fact]
    public void Numbers_in_table_cells_and_sentences_are_kept()
    {
        var blocks = Render("""
            <table><tr><td>Pos.</td><td>Piloto</td><td>Pontos</td></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>
            <p>2019.</p><p>Chapter 12 begins here.</p>
            """);

        var kept = CounterLineRemover.Remove(blocks, new PruneMap());

        Assert.Equal(blocks.Count, kept.Count);
    }
}
