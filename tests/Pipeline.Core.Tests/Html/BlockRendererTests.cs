using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class BlockRendererTests
{
    private static (IReadOnlyList<TextBlock> Blocks, PruneMap Pruned) Render(string bodyHtml)
    {
        var body = HtmlTestDocuments.Body(bodyHtml);
        var pruned = new PruneMap();
        var blocks = new BlockRenderer().Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);
        return (blocks, pruned);
    }

    [Fact]
    public void Label_and_link_cross_reference_paragraphs_are_dropped_as_related()
    {
        // Markup as on 100noticias.com and dw.com (trafilatura dataset): a read-also line inside the body.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Nicaragua")}</p>
            <p><strong>Lea también:</strong> <a href="/x">Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense</a></p>
            <p>Read more: <a href="/y">Looted colonial art</a></p>
            <p>{HtmlTestDocuments.Paragraph("Deuda")}</p>
            """);

        Assert.Equal([HtmlTestDocuments.Paragraph("Nicaragua"), HtmlTestDocuments.Paragraph("Deuda")], blocks.Select(b => b.Text));
        Assert.Equal(
            ["Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense", "Read more: Looted colonial art"],
            pruned.Audit.Where(r => r.Reason == RemovalReasons.Related).Select(r => r.Text));
    }

    [Fact]
    public void Linked_source_attribution_and_linked_sentences_are_kept()
    {
        // As on TheGatewayPundit and TheIndependent (fundus-eval): the link is the content, no label precedes it.
        var (blocks, _) = Render("""
            <p>From <a href="/wect">WECT News</a>:</p>
            <p><a href="/story">Later on Saturday, he won the Michigan Republican caucuses.</a></p>
            """);

        Assert.Equal(["From WECT News:", "Later on Saturday, he won the Michigan Republican caucuses."], blocks.Select(b => b.Text));
    }
}
