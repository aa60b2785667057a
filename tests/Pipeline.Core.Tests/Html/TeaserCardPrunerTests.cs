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
            [(RemovalReasons.Related, "Белковая диета Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней."),
             (RemovalReasons.Related, "Гречневая диета Самая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню."),
             (RemovalReasons.Related, "Диета Дюкана Эффективная диета без отката. Результат 5 кг за 7 дней. Сброшенный вес не вернется."),
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

    [Fact]
    public void A_lone_card_set_into_the_text_after_prose_is_removed()
    {
        // Trimmed from the fundus page de/ZDF_2025_11_07: a link to the live blog as a card between the closing paragraphs.
        var body = HtmlTestDocuments.Body($"""
            <div class="c10o8fzf"><p class="r1nj4qn5">{HtmlTestDocuments.Paragraph("Feiertage")}</p></div>
            <div class="c10o8fzf"><p class="r1nj4qn5"><em>Aktuelle Meldungen zu Russlands Angriff auf die Ukraine finden Sie jederzeit in unserem Liveblog:</em></p></div>
            <div data-testid="content-module" class="c10o8fzf"><article class="bhv9830"><div class="tcxl1dq"><h3><div class="o10hgc0p">Russland greift die Ukraine an</div><span class="h12yzj33">:</span><a class="b7kurox" href="/politik/ausland/ukraine-russland-konflikt-blog-102.html">Aktuelles zum Krieg in der Ukraine</a></h3><div class="cjo7o2j">Seit Februar 2022 führt Russland einen Angriffskrieg gegen die Ukraine. Kiew hat eine Gegenoffensive gestartet, die Kämpfe dauern an. News und Hintergründe im Ticker.</div></div></article></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Related, "Russland greift die Ukraine an :Aktuelles zum Krieg in der Ukraine Seit Februar 2022 führt Russland einen Angriffskrieg gegen die Ukraine. Kiew hat eine Gegenoffensive gestartet, die Kämpfe dauern an. News und Hintergründe im Ticker.")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
    }

    [Fact]
    public void A_lone_card_may_open_with_a_short_kicker()
    {
        // Trimmed from the fundus page de/MDR_2026_07_08: an audio teaser with its duration and "Zum Anhören" above the linked title.
        var body = HtmlTestDocuments.Body($"""
            <div class="paragraph"><p class="text">{HtmlTestDocuments.Paragraph("Hitze")}</p><p class="text">{HtmlTestDocuments.Paragraph("Stau")}</p></div>
            <div class="teaser"><div class="textpadding media"><span class="mediaduration">1 Min</span></div><div class="teaserpadding"><div class="topline">Zum Anhören</div><div class="headlinewrapper"><h2><a href="/nachrichten/sachsen-anhalt/A2-gesperrt-stau-hilfe-hitze,audio-johanniter-motorradstaffel-100.html">Gesperrte A2: Motorradstaffel aus der Börde unterstützt Autofahrer</a></h2></div><div class="teasertext"><p>Eine fünfköpfige Motoradstaffel der Johanniter aus der Börde hilft auf der Autobahn 2. Sie versorgen die Menschen im Stau mit Getränken bei der Hitze.</p></div></div></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(1, pruned.Count);
        Assert.True(pruned.IsRemoved(body.QuerySelector("div.teaser")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("div.paragraph p")!));
    }

    [Fact]
    public void A_linked_heading_that_opens_a_section_or_heads_long_text_is_kept()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="post-header"><h2><a href="/2024/05/harbour-vote">Council approves the harbour budget</a></h2><p>The vote came after a long debate on Monday night.</p></div>
            {Article()}
            <div class="section"><h3><a href="/people/mayor">The mayor</a></h3>{string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Mayor {i}")}</p>"))}</div>
            <div class="section"><h3>What comes next</h3><p>A final vote on the harbour is due in <a href="/march">March</a>, the mayor said.</p></div>
            """);

        Assert.Equal(0, Prune(body).Count);
    }

    private static PruneMap PruneWithLabels(AngleSharp.Dom.IElement body, PruneMap? pruned = null)
    {
        pruned ??= new PruneMap();
        TeaserCardPruner.Prune(body, TextStatistics.Compute(body, null), pruned, new TeaserLabelPhrases(Pipeline.Core.Rules.RuleSet.Embedded));
        return pruned;
    }

    // Trimmed from the fundus page de/WAZ_2024_03_08: a heading straight in the running text over a one-link teaser card.
    private static string WazCard(string heading) => $"""
        <div class="article"><p>{HtmlTestDocuments.Paragraph("Wedau")}</p>
        <h3 class="mb-3 uppercase">{heading}</h3>
        <div class="not-prose font-sans"><div class="relative flex"><div class="h-[100px]"><picture></picture></div><div class="ml-2"><a href="/staedte/duisburg/article241330698/6-seen-wedau-bereitet-die-gebag-jetzt-die-seilbahn-vor.html" class="article-teaser-link"><strong>6-Seen-Wedau: Bereitet die Gebag jetzt die Seilbahn vor?</strong></a><div class="mt-1"><span class="text-caption">Von <span>Monique de Cleur</span></span></div></div></div></div>
        <p>{HtmlTestDocuments.Paragraph("Campus")}</p></div>
        """;

    [Fact]
    public void A_label_worded_as_a_teaser_label_goes_with_the_short_linked_box_after_it_even_in_running_text()
    {
        var body = HtmlTestDocuments.Body(WazCard("Auch interessant"));

        var pruned = PruneWithLabels(body);

        Assert.Equal(
            [(RemovalReasons.Related, "Auch interessant"), (RemovalReasons.Related, "6-Seen-Wedau: Bereitet die Gebag jetzt die Seilbahn vor? Von Monique de Cleur")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.All(body.QuerySelectorAll("p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    [Fact]
    public void A_section_title_over_a_linked_box_is_kept_when_its_wording_is_no_teaser_label()
    {
        var body = HtmlTestDocuments.Body(WazCard("Die Pläne der Stadt"));

        Assert.Equal(0, PruneWithLabels(body).Count);
    }

    [Fact]
    public void A_teaser_label_goes_when_the_box_after_it_was_already_removed()
    {
        // As on the fundus page uk/TechRadar_2026_05_21: the video box after the label is removed by its class before the label is judged.
        var body = HtmlTestDocuments.Body($"""
            <div class="article"><p>{HtmlTestDocuments.Paragraph("Phone")}</p><h2>Latest Videos From</h2><div class="related-videos"><a href="/video/1">Five phones tested in the rain this week</a></div><p>{HtmlTestDocuments.Paragraph("Battery")}</p></div>
            """);
        var pruned = new PruneMap();
        pruned.Remove(body.QuerySelector("div.related-videos")!, RemovalReasons.Related);

        PruneWithLabels(body, pruned);

        Assert.True(pruned.IsRemoved(body.QuerySelector("h2")!));
        Assert.All(body.QuerySelectorAll("p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    /// <summary>A Wikipedia "See also" section (its heading's inner HTML given) between two paragraphs of the article.</summary>
    private static string SeeAlsoSection(string heading) => $"""
        <div id="mw-content-text"><p>{HtmlTestDocuments.Paragraph("Rayleigh")}</p>
        <h2>{heading}</h2>
        <ul><li><a href="/wiki/Vector_space">Vector space</a></li><li><a href="/wiki/Skew-Hermitian_matrix">Skew-Hermitian matrix</a> (anti-Hermitian matrix)</li></ul>
        <p>{HtmlTestDocuments.Paragraph("References")}</p></div>
        """;

    [Fact]
    public void A_teaser_label_whose_only_link_the_pruner_took_still_goes_with_the_box_after_it()
    {
        // As on readability wikipedia-3: the "See also" heading holds its "[edit]" control, which the boilerplate rules removed first.
        var body = HtmlTestDocuments.Body(SeeAlsoSection("""<span class="mw-headline" id="See_also">See also</span><span class="mw-editsection">[<a href="/w/index.php?title=Hermitian_matrix&amp;action=edit&amp;section=10">edit</a>]</span>"""));
        var pruned = new PruneMap();
        pruned.Remove(body.QuerySelector("span.mw-editsection")!, RemovalReasons.Boilerplate);

        PruneWithLabels(body, pruned);

        Assert.True(pruned.IsRemoved(body.QuerySelector("h2")!));
        Assert.True(pruned.IsRemoved(body.QuerySelector("ul")!));
        Assert.All(body.QuerySelectorAll("p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    [Fact]
    public void A_teaser_label_holding_a_link_of_its_own_is_no_label()
    {
        var body = HtmlTestDocuments.Body(SeeAlsoSection("""<a href="/wiki/See_also">See also</a>"""));

        var pruned = PruneWithLabels(body);

        Assert.False(pruned.IsRemoved(body.QuerySelector("h2")!));
    }

    [Fact]
    public void A_teaser_label_over_a_paragraph_of_prose_with_a_link_in_it_is_kept()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="article"><p>{HtmlTestDocuments.Paragraph("Zins")}</p><h3>Mehr zum Thema</h3><p>Die Bank hat den Leitzins <a href="/zins">erneut gesenkt</a>, wie sie am Dienstag in Frankfurt mitteilte; Sparer bekommen weniger.</p></div>
            """);

        Assert.Equal(0, PruneWithLabels(body).Count);
    }

    [Fact]
    public void A_teaser_label_goes_with_a_card_after_it_however_long_the_cards_teaser_line()
    {
        // Trimmed from the fundus page de/MDR_2026_07_08: "Mehr zum Thema …" over an audio card whose teaser text outweighs its linked title.
        var body = HtmlTestDocuments.Body($"""
            <div class="paragraph"><p class="text">{HtmlTestDocuments.Paragraph("Hitze")}</p><p class="text">{HtmlTestDocuments.Paragraph("Stau")}</p></div>
            <div class="contentbox list"><div class="boxhead">Mehr zum Thema Hitzeschäden</div>
            <div class="teaser"><div class="teaserpadding"><div class="topline">Zum Anhören</div><div class="headlinewrapper"><h2><a href="/nachrichten/sachsen-anhalt/A2-gesperrt-stau-hilfe-hitze,audio-johanniter-motorradstaffel-100.html">Gesperrte A2: Motorradstaffel aus der Börde unterstützt Autofahrer</a></h2></div><div class="teasertext"><p>Eine fünfköpfige Motoradstaffel der Johanniter aus der Börde hilft auf der Autobahn 2. Sie versorgen die Menschen im Stau mit Getränken bei der Hitze.</p></div></div></div></div>
            """);

        var pruned = PruneWithLabels(body);

        Assert.True(pruned.IsRemoved(body.QuerySelector("div.boxhead")!));
        Assert.True(pruned.IsRemoved(body.QuerySelector("div.teaser")!));
        Assert.All(body.QuerySelectorAll("div.paragraph p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    private static PruneMap PruneWithLabels(AngleSharp.Dom.IElement body)
    {
        var pruned = new PruneMap();
        TeaserCardPruner.Prune(body, TextStatistics.Compute(body, null), pruned, new TeaserLabelPhrases(Pipeline.Core.Rules.RuleSet.Embedded));
        return pruned;
    }

    private static string Posts(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<article class=\"post\"><a href=\"/post-{i}\"><img src=\"/p{i}.jpg\"></a><p>{HtmlTestDocuments.Paragraph($"Post {i} quotes a whole short message")} {HtmlTestDocuments.Paragraph("And more")}</p></article>"));

    /// <summary>Markup trimmed from the AEB page b3c19dd5 (mensagensreflexao.com.br): the message, then seven whole messages under "Você pode gostar...".</summary>
    [Fact]
    public void A_block_opening_with_a_related_label_heading_is_removed_whatever_share_of_the_prose_its_posts_hold()
    {
        var body = HtmlTestDocuments.Body($"""
            <article class="post"><h1>Só quem se Ama…</h1><p>{HtmlTestDocuments.Paragraph("The message")} {HtmlTestDocuments.Paragraph("It goes on")} {HtmlTestDocuments.Paragraph("And ends")}</p></article>
            <article class="post"><h3>Você pode gostar...</h3>{Posts(7)}</article>
            """);

        var pruned = PruneWithLabels(body);

        Assert.Equal([(RemovalReasons.Related, "Você pode gostar...")], pruned.Audit.Select(r => (r.Reason, r.Text[..19])));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("h1 + p")!));
    }

    [Fact]
    public void A_block_opening_with_a_section_title_or_holding_the_main_heading_or_all_the_prose_is_kept()
    {
        var titled = HtmlTestDocuments.Body($"""<article><p>{HtmlTestDocuments.Paragraph("Intro")}</p></article><section><h2>Die Geschichte des Hofs</h2>{Posts(3)}</section>""");
        var holdingTheArticle = HtmlTestDocuments.Body($"""<div><h2>Related</h2><h1>Headline of the story</h1>{Article()}</div><footer><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></footer>""");
        var allTheProse = HtmlTestDocuments.Body($"""<div><h3>You might also like</h3>{Posts(3)}</div>""");

        Assert.Equal(0, PruneWithLabels(titled).Count);
        Assert.Equal(0, PruneWithLabels(holdingTheArticle).Count);
        Assert.Equal(0, PruneWithLabels(allTheProse).Count);
    }
}
