using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public class LeadFinderTests
{
    private static readonly string Body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));

    [Fact]
    public void Intro_block_in_the_article_header_is_the_lead()
    {
        // As on mpimet.mpg.de and telebasel.ch (trafilatura dataset): the standfirst sits in the header, the body in a sibling.
        var body = HtmlTestDocuments.Body($"""
            <article><header><h1>Title</h1><div class="article-intro"><p>Die frühen 1970er Jahre werden oft als Beginn der Umweltbewegung gesehen.</p></div></header>
            <div class="text">{Body}</div></article>
            """);
        var pruned = new PruneMap();

        var lead = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".article-intro"), Assert.Single(lead));
    }

    [Fact]
    public void Linked_teaser_and_blocks_outside_the_article_are_not_a_lead()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="teaser"><a href="/other">Another story that the site wants you to read next instead</a></div>
            <article><div class="summary"><a href="/x">A linked summary card pointing at a different article entirely</a></div><div class="text">{Body}</div></article>
            """);
        var pruned = new PruneMap();

        var lead = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Empty(lead);
    }

    [Fact]
    public void Prose_paragraph_between_the_headline_and_the_body_is_the_lead_even_without_a_lead_class()
    {
        // As on topagrar.com (trafilatura dataset): header > h1, a kicker, the standfirst in a plain styled p, a date line; the body several wrappers further down.
        var body = HtmlTestDocuments.Body($"""
            <main><div class="container"><header class="mt-0"><h1>Schnee belastet Solarmodule</h1><p class="text-2xl">Photovoltaik</p>
            <p class="text-xl">Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. Das Gewicht belastet auch die Module.</p>
            <div class="m-metadata"><time>10.12.2022 18:27</time></div></header>
            <div><div class="l-articleview__body"><div class="l-container-medium"><div class="text">{Body}</div></div></div></div></div></main>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".text-xl"), Assert.Single(leads));
    }

    [Fact]
    public void Prose_and_subtitle_headings_before_the_body_without_a_headline_above_them_are_not_a_lead()
    {
        // Without the headline above it, a prose block before the body may be anything (a site slogan, a teaser); a sub-head heading is left out like publishers leave it out of the body.
        var body = HtmlTestDocuments.Body($"""
            <div class="wrap"><div class="box"><p>Welcome to our little blog about gardens, cooking and everything in between.</p></div>
            <div class="head"><h2 class="sub-head">NFL assaults have led to lawsuits before, but a prosecutor would have difficulty.</h2></div>
            <div class="text">{Body}</div></div>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Empty(leads);
    }

    [Fact]
    public void Headline_printed_as_the_last_crumb_of_a_pruned_breadcrumb_still_marks_the_article_header()
    {
        // As on topagrar.com (trafilatura dataset): nav.m-breadcrumb > ol > li > h1 is pruned as navigation; the standfirst after it is still the lead.
        var body = HtmlTestDocuments.Body($"""
            <main><header><nav class="m-breadcrumb"><ol><li><a href="/news">News</a></li><li><h1>Schnee belastet Solarmodule</h1></li></ol></nav>
            <h2>Schnee belastet Solarmodule</h2>
            <p class="text-xl">Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. Das Gewicht belastet auch die Module.</p></header>
            <div><div class="text">{Body}</div></div></main>
            """);
        var pruned = new PruneMap();
        var stats = TextStatistics.Compute(body, pruned);
        new BoilerplatePruner(HtmlTestDocuments.Patterns).Prune(body, stats, pruned, CancellationToken.None);

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.True(pruned.IsRemoved(body.QuerySelector("nav")!));
        Assert.Same(body.QuerySelector(".text-xl"), Assert.Single(leads));
    }

    [Fact]
    public void Lead_named_in_a_header_just_before_the_article_element_is_found_but_plain_prose_there_is_not()
    {
        // As on mobilsicher.de (trafilatura dataset): main > header (h1, div.mosi-artikel-teaser) + article (the body).
        var body = HtmlTestDocuments.Body($"""
            <main><header><h1>Apple kippt Verschlüsselungspläne</h1><div class="mosi-artikel-teaser"><p>Medienberichten zufolge hat Apple seine Pläne zur Verschlüsselung von iCloud-Backups aufgegeben.</p></div>
            <p class="note">Ein Hinweis der Redaktion zu diesem Artikel steht am Ende der Seite.</p></header>
            <article><div class="text">{Body}</div></article></main>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".mosi-artikel-teaser"), Assert.Single(leads));
    }

    [Fact]
    public void Lead_named_in_the_page_header_just_before_the_main_element_is_found_but_plain_prose_there_is_not()
    {
        // As on evref.ch (trafilatura dataset) and zdf.de (fundus): header (h1, div.uk-text-lead) + main (the body); the header is outside <main>.
        var body = HtmlTestDocuments.Body($"""
            <header class="ct-header"><div class="uk-container"><p class="date">8. November 2021 | Aktuelles</p><h1>Ökumene trifft Diplomatie</h1>
            <div class="uk-text-lead"><p>Aussergewöhnlicher Besuch: An der Herbstsynode der Evangelisch-reformierten Kirche Schweiz trafen heute das höchste reformierte Gremium auf Bundesrat Cassis und den vatikanischen Kardinalstaatssekretär Parolin.</p></div>
            <p class="note">Ein Hinweis der Redaktion zu diesem Artikel steht am Ende der Seite.</p></div></header>
            <main class="ct-main"><div class="main-content"><div class="text">{Body}</div></div></main>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".uk-text-lead"), Assert.Single(leads));
    }

    [Fact]
    public void Recipe_ingredients_before_the_preparation_steps_join_the_text()
    {
        // As on chefkoch.de and oetker.de (trafilatura dataset): the ingredient table sits in its own block before the preparation the selector chose.
        var body = HtmlTestDocuments.Body($"""
            <main><h1>Mandarinen-Schmand-Kuchen</h1>
            <article class="ds-box recipe-ingredients"><table class="ingredients"><tr><th><h3>Für den Mürbeteig:</h3></th></tr>
            <tr><td>125 g</td><td>Margarine oder Butter</td></tr><tr><td>2 Dose/n</td><td>Mandarine(n), je ca. 175 g Abtropfgewicht</td></tr></table></article>
            <article class="ds-box recipe-preparation"><div class="text">{Body}</div></article></main>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".recipe-ingredients"), Assert.Single(leads));
    }

    [Fact]
    public void Lead_named_in_the_page_language_is_the_lead()
    {
        // As on spiegel.de (trafilatura dataset): the German "Vorspann" block sits just before the text block.
        var body = HtmlTestDocuments.Body($"""
            <div class="dig-artikel"><h1>Die Krise</h1><div class="dig-vorspann">Die Regierung hat lange gezögert. Wie konnte es dazu kommen?</div>
            <div class="dig-text">{Body}</div></div>
            """);
        var pruned = new PruneMap();

        var leads = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".dig-text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".dig-vorspann"), Assert.Single(leads));
    }
}
