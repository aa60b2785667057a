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
    public void A_link_dense_list_whose_items_open_with_running_prose_stays_while_label_led_and_bare_link_lists_go()
    {
        // Markup as on blog.nightly.mozilla.org (readability dataset): status items that are sentences running into their links, or head a nested list.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Fission")}</p>
            <ul><li>Neil has patches up to <a href="/1682442">improve the behaviour of the tab unloader</a>, and <a href="/1644911">show UI when subframes crash</a>
            </li></ul>
            <ul><li>We’ve got the green light for another round of MSU students hacking on Picture-in-Picture next semester!</li>
            <li>In progress:<ul><li><a href="/1677080">Bug 1677080 – Fullscreen PiP window is affected by switching video source</a></li>
            <li><a href="/1677107">Bug 1677107 – Add Telemetry for tracking multiple PiP support usage</a></li></ul></li></ul>
            <ul><li>You might also like: <a href="/a">Firefox Year in Review for the whole of 2020</a></li></ul>
            <ul><li><a href="/b">Here’s our Performance Year in Review!</a></li><li>See also <a href="/c">These Weeks in Firefox: Issue 84</a></li></ul>
            <p>{HtmlTestDocuments.Paragraph("Updater")}</p>
            """);

        Assert.Equal(
            [
                HtmlTestDocuments.Paragraph("Fission"), "Neil has patches up to improve the behaviour of the tab unloader, and show UI when subframes crash",
                "We’ve got the green light for another round of MSU students hacking on Picture-in-Picture next semester!", "In progress:", HtmlTestDocuments.Paragraph("Updater"),
            ],
            blocks.Select(b => b.Text));
        Assert.Equal(
            ["Bug 1677080 – Fullscreen PiP window is affected by switching video source Bug 1677107 – Add Telemetry for tracking multiple PiP support usage", "You might also like: Firefox Year in Review for the whole of 2020", "Here’s our Performance Year in Review! See also These Weeks in Firefox: Issue 84"],
            pruned.Audit.Where(r => r.Reason == RemovalReasons.Related).Select(r => r.Text));
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
    public void Label_and_link_cross_references_set_as_a_subheading_or_a_pull_quote_are_dropped_as_related()
    {
        // Markup as on soy502.com and larepublica.pe (trafilatura dataset); a subheading or a quote without a label before its link stays.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Operativo")}</p>
            <h3>MIRA:&nbsp;<a href="/x">Madre se acerca a conocer los motivos de captura de su hijo y termina detenida</a></h3>
            <blockquote><b>PUEDES VER: </b><a href="/y">¿Qué es la Sunedu, cómo está conformada y para qué sirve?</a></blockquote>
            <h2><a href="#calendario">Calendario escolar 2022</a></h2>
            <blockquote>"We are not going anywhere," she told <a href="/z">the broadcaster</a>.</blockquote>
            <p>{HtmlTestDocuments.Paragraph("Sunedu")}</p>
            """);

        Assert.Equal(
            [HtmlTestDocuments.Paragraph("Operativo"), "Calendario escolar 2022", "\"We are not going anywhere,\" she told the broadcaster.", HtmlTestDocuments.Paragraph("Sunedu")],
            blocks.Select(b => b.Text));
        Assert.Equal(
            ["MIRA: Madre se acerca a conocer los motivos de captura de su hijo y termina detenida", "PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?"],
            pruned.Audit.Where(r => r.Reason == RemovalReasons.Related).Select(r => r.Text));
    }

    [Fact]
    public void A_label_that_shares_its_wrapper_only_with_a_removed_teaser_box_goes_with_the_box()
    {
        // Markup as on DieWelt (fundus) and impulse.de (trafilatura): "Lesen Sie auch" / "Mehr zum Thema" over a link list in its own wrapper.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Höcke")}</p>
            <div class="u-inline-element"><div class="c-inline-teaser-list"><p class="c-inline-teaser-list__headline">Lesen Sie auch</p>
            <ul class="c-inline-teaser-list__content"><li><article class="c-teaser"><div>Artikeltyp: Advertorial Kreditkarten</div><h4><a href="/politik/article1/merz.html">CDU-Chef Merz lockt Bundeskanzler Scholz</a></h4></article></li></ul></div></div>
            <p>{HtmlTestDocuments.Paragraph("Sömmerda")}</p>
            <article class="moreOnTopic"><div class="imp-h3">Mehr zum Thema</div>
            <ul><li><a href="/recht/coronavirus-kinderbetreuung/7483986.html"><div>Corona und Kinderbetreuung: Was Arbeitgeber jetzt wissen müssen</div></a></li></ul></article>
            <p>{HtmlTestDocuments.Paragraph("Pflege")}</p>
            """);

        Assert.Equal([HtmlTestDocuments.Paragraph("Höcke"), HtmlTestDocuments.Paragraph("Sömmerda"), HtmlTestDocuments.Paragraph("Pflege")], blocks.Select(b => b.Text));
        Assert.Equal(
            ["Lesen Sie auch", "Artikeltyp: Advertorial Kreditkarten CDU-Chef Merz lockt Bundeskanzler Scholz", "Mehr zum Thema", "Corona und Kinderbetreuung: Was Arbeitgeber jetzt wissen müssen"],
            pruned.Audit.Where(r => r.Reason == RemovalReasons.Related).Select(r => r.Text));
    }

    [Fact]
    public void A_lead_in_sentence_ending_in_a_colon_goes_with_the_link_box_it_points_to()
    {
        // Markup as on BerlinerMorgenpost (fundus) and aljazeera.com (aeb): a lead-in worded as a pointer, then a list of headline links.
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Zinsen")}</p>
            <p class="expressive-copy-lg-body"><strong>Mehr zum Thema finden Sie auch im wöchentlichen Zins-Check: </strong></p>
            <ul><li><a href="/a">Bauzinsen: Dieser Kurswechsel birgt „Überraschungspotenzial“</a></li><li><a href="/b">Baufinanzierung: Frühindikator liefert deutliches Zins-Signal</a></li></ul>
            <p>{HtmlTestDocuments.Paragraph("Veit")}</p>
            <h4>More:</h4>
            <ul><li><h4><a href="/c">China completes landing test for its first Mars mission in 2020</a></h4></li></ul>
            <p>{HtmlTestDocuments.Paragraph("Lander")}</p>
            """);
        var pruned = new PruneMap();

        var blocks = new BlockRenderer(new TeaserLabelPhrases(Pipeline.Core.Rules.RuleSet.Embedded)).Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);

        Assert.Equal([HtmlTestDocuments.Paragraph("Zinsen"), HtmlTestDocuments.Paragraph("Veit"), HtmlTestDocuments.Paragraph("Lander")], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_colon_line_that_introduces_a_kept_list_or_is_not_worded_as_a_pointer_stays()
    {
        // Markup as on SeznamZpravy (fundus) and an AP story (aeb): a list introduced by a colon line; the linked one is removed, its lead-in is text.
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Index")}</p>
            <div><p><span>Vybrané dílčí ukazatele Indexu prosperity:</span></p></div>
            <div><ul><li><a href="/a">Prosperita v krajích a regionech České republiky</a></li><li><a href="/b">Stav životního prostředí v regionech</a></li></ul></div>
            <p>Read more about the five companies here:</p>
            <ul><li>Blue Origin, Kent, Washington</li><li>Ceres Robotics, Palo Alto, California</li></ul>
            <p>{HtmlTestDocuments.Paragraph("Companies")}</p>
            """);
        var pruned = new PruneMap();

        var blocks = new BlockRenderer(new TeaserLabelPhrases(Pipeline.Core.Rules.RuleSet.Embedded)).Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);

        Assert.Equal(
            [HtmlTestDocuments.Paragraph("Index"), "Vybrané dílčí ukazatele Indexu prosperity:", "Read more about the five companies here:", "Blue Origin, Kent, Washington",
                "Ceres Robotics, Palo Alto, California", HtmlTestDocuments.Paragraph("Companies")],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_section_heading_before_a_removed_cross_reference_stays()
    {
        // As on mashable (htmldate): a listicle heading over a "See also" box that the section goes on past.
        var (blocks, _) = Render($"""
            <h2>4. Travello</h2>
            <div class="see-also"><a href="/article/virtual-vacation">SEE ALSO: Can't travel this summer? Try taking a virtual vacation.</a></div>
            <p>{HtmlTestDocuments.Paragraph("Travello")}</p>
            """);

        Assert.Equal(["4. Travello", HtmlTestDocuments.Paragraph("Travello")], blocks.Select(b => b.Text));
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

    [Fact]
    public void A_run_of_headline_link_paragraphs_is_dropped_but_a_single_one_and_short_credits_are_kept()
    {
        // As on 1000things.at (trafilatura dataset): two teaser links between paragraphs; as on WaPo (readability): one linked line in the story.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Therme")}</p>
            <p><a href="/a">Ein Roadtrip entlang der Route 66 im Thermen- und Vulkanland</a></p>
            <p><a href="/b">Herbstlicher Wochenend-Ausflug in die Südoststeiermark</a></p>
            <p>{HtmlTestDocuments.Paragraph("Vulkan")}</p>
            <p><a href="/c">Read the full transcript of his interview</a></p>
            <p><a href="/d">[Engadget]</a></p>
            <p><a href="/e">[The Verge]</a></p>
            """);

        Assert.Equal(
            [HtmlTestDocuments.Paragraph("Therme"), HtmlTestDocuments.Paragraph("Vulkan"), "Read the full transcript of his interview", "[Engadget]", "[The Verge]"],
            blocks.Select(b => b.Text));
        Assert.Equal(
            ["Ein Roadtrip entlang der Route 66 im Thermen- und Vulkanland", "Herbstlicher Wochenend-Ausflug in die Südoststeiermark"],
            pruned.Audit.Where(r => r.Reason == RemovalReasons.Related).Select(r => r.Text));
    }

    [Fact]
    public void A_single_headline_link_set_off_by_arrows_is_dropped_while_a_plain_one_stays()
    {
        // As on tonight.de, industriemagazin.at and berkutschi.com (trafilatura dataset): one teaser link between the story's paragraphs, marked by
        // chevrons before or after it; as on WaPo (readability): one plain linked line that belongs to the story.
        var (blocks, pruned) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Danni")}</p>
            <p><a href="/a">&gt;&gt; Wegen Corona: Danni Büchner muss Kult-Lokal „Faneteria“ auf Mallorca schließen &lt;&lt;</a></p>
            <p>&gt;&gt;&gt; <a href="/b">Zulieferer FACC profitiert von Erholung der Luftfahrtbranche</a></p>
            <p><a href="/c">Das Programm der Skispringer bei den Olympischen Spielen in Peking &gt;&gt;</a></p>
            <p>{HtmlTestDocuments.Paragraph("Instagram")}</p>
            <p><a href="/d">Read the full transcript of his interview</a></p>
            <p><a href="/e">&gt;&gt; Mehr</a></p>
            """);

        Assert.Equal([HtmlTestDocuments.Paragraph("Danni"), HtmlTestDocuments.Paragraph("Instagram"), "Read the full transcript of his interview", ">> Mehr"], blocks.Select(b => b.Text));
        Assert.Equal(3, pruned.Audit.Count(r => r.Reason == RemovalReasons.Related));
    }

    [Fact]
    public void Bare_ruby_readings_are_left_out_of_the_running_text_and_parenthesised_ones_kept()
    {
        // As on www3.nhk.or.jp/news/easy (trafilatura dataset): every kanji carries its kana reading in a bare <rt>;
        // yomiuri.co.jp (fundus) gives the fallback "（reading）" with <rp>, which is how the reference text spells it.
        var (blocks, _) = Render("<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>法律<rt>ほうりつ</rt></ruby>ができました。<ruby><rb>弾劾</rb><rp>（</rp><rt>だんがい</rt><rp>）</rp></ruby>です。</p>");

        Assert.Equal("子どもへの法律ができました。弾劾（だんがい）です。", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Blocks_record_whether_they_are_links_and_whether_they_are_set_in_emphasis()
    {
        var (blocks, _) = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Plain")}</p>
            <p><a href="/a">Another story that the site wants you to read</a></p>
            <p><em>Sign up for our newsletter <a href="/n">here</a>.</em></p>
            """);

        Assert.Equal([(false, false, false), (true, true, false), (false, true, true)], blocks.Select(b => (b.IsLink, b.HasLink, b.IsEmphasized)));
    }

    // datasets/fundus-eval CNBC_4: a table of names, companies and titles; as a paragraph per cell, the repeated "Chief Executive
    // Officer" cells were dropped as duplicate paragraphs and the rows fell apart. An empty cell keeps its column; empty last cells leave nothing.
    [Fact]
    public void Data_table_row_reads_as_one_line_of_its_cells_and_repeated_cells_stay()
    {
        var (blocks, _) = Render("""
            <table><tr><th>Name</th><th>Company</th><th>Title</th></tr>
            <tr><td>Revathi Advaithi</td><td>Flex</td><td>Chief Executive Officer</td></tr>
            <tr><td>Priscilla Almodovar</td><td><a href="/fannie">Fannie Mae</a></td><td>Chief Executive Officer</td></tr>
            <tr><td>Taylor Swift</td><td></td><td>Entertainer</td></tr>
            <tr><td>Alex</td><td></td><td></td></tr></table>
            """);
        Assert.Equal(
            ["Name | Company | Title", "Revathi Advaithi | Flex | Chief Executive Officer", "Priscilla Almodovar | Fannie Mae | Chief Executive Officer", "Taylor Swift | | Entertainer", "Alex"],
            blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(TextBlockKind.TableCell, b.Kind));
    }

    [Fact]
    public void Layout_table_cells_holding_paragraphs_stay_blocks_of_their_own()
    {
        var (blocks, _) = Render("""
            <table><tr><td><p>The first paragraph of the story sits in the left cell.</p><p>So does the second one.</p></td>
            <td><p>A box of notes sits in the right cell.</p></td></tr></table>
            """);
        Assert.Equal(["The first paragraph of the story sits in the left cell.", "So does the second one.", "A box of notes sits in the right cell."], blocks.Select(b => b.Text));
    }
}
