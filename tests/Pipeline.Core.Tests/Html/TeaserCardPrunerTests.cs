using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>Grids of teaser cards (markup trimmed from the AEB diet page ff0f958a and the trafilatura page katapult-magazin.de).</summary>
public class TeaserCardPrunerTests
{
    private static string Article(int paragraphs = 6) =>
        "<div class=\"entry\">" + string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>")) + "</div>";

    private static PruneMap Prune(AngleSharp.Dom.IElement body)
    {
        var pruned = new PruneMap();
        TeaserCardPruner.Prune(body, TextStatistics.Compute(body, null), pruned);
        return pruned;
    }

    private static string Tumb(string slug, string title, string teaser) =>
        $"""<div class="tumb"><div class="r"><a href="http://vse-diety.com/{slug}.html"><img src="/nif/{slug}.jpg" alt="{title}"></a></div><div class="title"><a href="http://vse-diety.com/{slug}.html">{title}</a></div><div class="body">{teaser}</div></div>""";

    [Fact]
    public void Cards_led_by_a_linked_title_with_a_teaser_line_are_removed_with_the_heading_that_labels_them()
    {
        var body = HtmlTestDocuments.Body($"""
            {Article()}
            <div id="tumblock"><h2>Самые популярные диеты</h2>
            {Tumb("belkovaya-dieta-14-dnej", "Белковая диета", "Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней.")}
            {Tumb("grechnevaya-dieta", "Гречневая диета", "Самая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню.")}
            {Tumb("dieta-dyukana", "Диета Дюкана", "Эффективная диета без отката. Результат 5 кг за 7 дней. Сброшенный вес не вернется.")}
            </div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Related, "Белковая диетаПопулярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней."),
             (RemovalReasons.Related, "Гречневая диетаСамая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню."),
             (RemovalReasons.Related, "Диета ДюканаЭффективная диета без отката. Результат 5 кг за 7 дней. Сброшенный вес не вернется."),
             (RemovalReasons.Related, "Самые популярные диеты")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("div.entry p")!));
    }

    [Fact]
    public void A_card_whose_heading_holds_the_link_counts_even_when_a_plain_dateline_comes_first()
    {
        static string Item(string slug, string dateline, string title, string teaser) =>
            $"""<div class="grid-item"><figure class="mb-m"><img src="/{slug}.png"></figure><p class="grid-item-dateline">{dateline}</p><h3 class="grid-item-title"><a href="https://katapult-magazin.de/de/artikel/{slug}">{title}</a></h3><div class="grid-item-teaser">{teaser}</div></div>""";
        var body = HtmlTestDocuments.Body($"""
            <article>{Article()}</article>
            <div class="bg-gray-lighter"><div class="container-lg"><h2 class="subheading-2"><span>Neueste Artikel</span></h2>
            <div class="auto-grid">
            {Item("krieg-und", "KATAPULT-Podcast", "Krieg und ...", "... was noch dazu gehört: Religion, Sprache, Geheimdienste, Berichterstattung und Recht beispielsweise.")}
            {Item("krieg-im-nahen-osten", "Israel", "Krieg im Nahen Osten", "Die Hamas hat mindestens 1.200 Menschen während des Überfalls auf Israel getötet.")}
            {Item("wahlen", "Bundestag", "Wer darf wählen?", "Nicht alle Menschen, die in Deutschland leben, dürfen an der Bundestagswahl teilnehmen.")}
            </div></div></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(4, pruned.Count);
        Assert.True(pruned.IsRemoved(body.QuerySelector("h2.subheading-2")!));
        Assert.All(body.QuerySelectorAll("div.grid-item"), card => Assert.True(pruned.IsRemoved(card)));
    }

    [Fact]
    public void Linked_names_without_a_teaser_line_are_a_list_entry_not_a_card()
    {
        var body = HtmlTestDocuments.Body($"""
            {Article()}
            <div class="list"><div class="person"><a href="/p/1">Revathi Advaithi</a></div><div class="person"><a href="/p/2">Priscilla Almodovar</a></div><div class="person"><a href="/p/3">Anat Ashkenazi</a></div></div>
            """);

        Assert.Equal(0, Prune(body).Count);
    }

    [Fact]
    public void Paragraph_wrappers_that_do_not_open_with_a_link_are_kept()
    {
        var body = HtmlTestDocuments.Body("""
            <div class="text-block">The council met on Monday and <a href="/budget">approved the budget</a> after a long debate.</div>
            <div class="text-block">Opposition members said the <a href="/plan">plan</a> leaves the harbour without funds.</div>
            <div class="text-block">A final vote on the harbour is due in <a href="/march">March</a>, the mayor said.</div>
            """);

        Assert.Equal(0, Prune(body).Count);
    }

    [Fact]
    public void A_page_made_of_cards_is_a_listing_and_keeps_them()
    {
        static string Post(int i) =>
            $"""<div class="post"><h2><a href="/post-{i}">Post number {i} of the blog</a></h2><p>{HtmlTestDocuments.Paragraph($"Excerpt {i}")}</p></div>""";
        var body = HtmlTestDocuments.Body($"<main>{Post(1)}{Post(2)}{Post(3)}{Post(4)}</main><p>{HtmlTestDocuments.Paragraph("About")}</p>");

        Assert.Equal(0, Prune(body).Count);
    }
}
