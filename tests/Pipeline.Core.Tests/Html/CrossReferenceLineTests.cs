using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class CrossReferenceLineTests
{
    private static bool IsCrossReference(string bodyHtml, string selector)
    {
        var body = HtmlTestDocuments.Body(bodyHtml);
        var stats = TextStatistics.Compute(body, null);
        var element = body.QuerySelector(selector)!;
        return CrossReferenceLine.Is(element, stats[element], stats);
    }

    [Theory]
    [InlineData("""<p id="x"><strong>Lea también:</strong> <a href="/x">Impiden ingreso a Nicaragua a reportero</a></p>""")]
    [InlineData("""<h3 id="x">MIRA:&nbsp;<a href="/x">Madre se acerca a conocer los motivos de captura de su hijo</a></h3>""")]
    [InlineData("""<p id="x">&gt;&gt;&gt; <a href="/b">Zulieferer FACC profitiert von Erholung der Luftfahrtbranche</a></p>""")]
    [InlineData("""<p id="x"><a href="/a">Ein Roadtrip entlang der Route 66 im Vulkanland</a></p><p><a href="/b">Herbstlicher Wochenend-Ausflug in die Südoststeiermark</a></p>""")]
    public void A_labelled_arrowed_or_paired_headline_link_points_to_another_story(string html) => Assert.True(IsCrossReference(html, "#x"));

    [Theory]
    [InlineData("""<p id="x"><a href="/c">Read the full transcript of his interview</a></p>""")]
    [InlineData("""<p id="x">From <a href="/wect">WECT News</a>:</p>""")]
    [InlineData("""<h2 id="x"><a href="#calendario">Calendario escolar 2022</a></h2>""")]
    [InlineData("""<p id="x"><a href="/d">[Engadget]</a></p><p><a href="/e">[The Verge]</a></p>""")]
    public void A_lone_linked_line_a_linked_source_or_a_linked_subheading_belongs_to_the_story(string html) => Assert.False(IsCrossReference(html, "#x"));
}
