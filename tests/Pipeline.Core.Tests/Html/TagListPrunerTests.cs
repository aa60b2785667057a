using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>Tag lists marked with rel="tag" (markup trimmed from the AEB page cc03ddb5, a WordPress motor-racing site).</summary>
public class TagListPrunerTests
{
    private static PruneMap Prune(AngleSharp.Dom.IElement body)
    {
        var pruned = new PruneMap();
        TagListPruner.Prune(body, TextStatistics.Compute(body, null), pruned);
        return pruned;
    }

    [Fact]
    public void A_block_of_tag_links_is_removed_with_its_label_and_separators()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="post"><p>{HtmlTestDocuments.Paragraph("Calendário")}</p>
            <p><em><strong>AS - <a href="http://www.autoracing.com.br">www.autoracing.com.br</a></strong></em></p>
            <strong>Tags<br><a href="http://www.autoracing.com.br/tag/calendario-stock-car-2018/" rel="tag">calendario stock car 2018</a>, <a href="http://www.autoracing.com.br/tag/stock-car-brasil/" rel="tag">stock car brasil</a>, <a href="http://www.autoracing.com.br/tag/stock-car-cascavel/" rel="tag">stock car cascavel</a></strong>
            </div>
            """);

        var pruned = Prune(body);

        Assert.Equal([(RemovalReasons.Navigation, "Tags calendario stock car 2018, stock car brasil, stock car cascavel")], pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.All(body.QuerySelectorAll("p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    [Fact]
    public void A_tag_link_inside_a_sentence_leaves_the_sentence_alone()
    {
        var body = HtmlTestDocuments.Body("""<div class="post"><p>The season opens at <a href="/tag/interlagos/" rel="tag">Interlagos</a> in March, three weeks later than last year.</p></div>""");

        Assert.Equal(0, Prune(body).Count);
    }
}
