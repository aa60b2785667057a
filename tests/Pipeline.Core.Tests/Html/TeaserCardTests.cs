using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

/// <summary>One card of a teaser grid, one lone card and a grid's label, judged apart (markup trimmed from the AEB diet page ff0f958a, katapult-magazin.de and mdr.de).</summary>
public sealed class TeaserCardTests
{
    private const string DietCard = """<div class="tumb"><div class="r"><a href="http://vse-diety.com/grechnevaya-dieta.html"><img src="/nif/grechnevaya-dieta.jpg"></a></div><div class="title"><a href="http://vse-diety.com/grechnevaya-dieta.html">Гречневая диета</a></div><div class="body">Самая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню.</div></div>""";

    private static (IElement Element, TextStatistics Raw) Judged(string html, string selector)
    {
        var body = HtmlTestDocuments.Body(html);
        return (body.QuerySelector(selector)!, TextStatistics.Compute(body, null));
    }

    [Fact]
    public void A_block_led_by_a_linked_title_with_a_teaser_line_is_a_card()
    {
        var (card, raw) = Judged(DietCard, ".tumb");
        Assert.True(TeaserCard.Is(card, raw));
    }

    [Fact]
    public void A_linked_name_without_a_teaser_line_is_no_card()
    {
        var (entry, raw) = Judged("""<div class="person"><a href="/p/1">Revathi Advaithi</a></div>""", ".person");
        Assert.False(TeaserCard.Is(entry, raw));
    }

    [Fact]
    public void A_block_whose_link_sits_inside_its_sentence_is_no_card()
    {
        var (block, raw) = Judged("""<div class="text-block">The council met on Monday and <a href="/budget">approved the budget</a> after a long debate.</div>""", ".text-block");
        Assert.False(TeaserCard.Is(block, raw));
    }

    [Fact]
    public void Siblings_of_one_grid_share_tag_and_class_list_but_paragraphs_never_do()
    {
        var body = HtmlTestDocuments.Body("""<div class="tumb">a</div><div class="tumb">b</div><div class="tumb big">c</div><div>d</div><div>e</div><p class="x">f</p><p class="x">g</p>""");
        var e = body.Children;
        Assert.True(TeaserCard.IsSameKind(e[0], e[1]));
        Assert.False(TeaserCard.IsSameKind(e[1], e[2]));
        Assert.False(TeaserCard.IsSameKind(e[3], e[4]));
        Assert.False(TeaserCard.IsSameKind(e[5], e[6]));
    }

    [Fact]
    public void A_link_counts_as_the_cards_own_only_when_it_leads_to_another_page()
    {
        var body = HtmlTestDocuments.Body("""<div class="c"><a href="/other-story">Other</a><a href="#top">Top</a></div><a id="outside" href="/x">X</a>""");
        var card = body.QuerySelector(".c")!;
        var links = card.QuerySelectorAll("a");
        Assert.True(TeaserCard.IsPageLink(card, links[0]));
        Assert.False(TeaserCard.IsPageLink(card, links[1]));
        Assert.False(TeaserCard.IsPageLink(card, body.QuerySelector("#outside")));
        Assert.False(TeaserCard.IsPageLink(card, null));
    }

    [Fact]
    public void A_sub_heading_linking_away_with_a_kicker_and_a_teaser_line_is_a_lone_card()
    {
        var (card, raw) = Judged(
            """<div class="teaser"><div class="teaserpadding"><div class="topline">Zum Anhören</div><div class="headlinewrapper"><h2><a href="/nachrichten/sachsen-anhalt/A2-gesperrt-stau-hilfe-hitze,audio-johanniter-motorradstaffel-100.html">Gesperrte A2: Motorradstaffel aus der Börde unterstützt Autofahrer</a></h2></div><div class="teasertext"><p>Eine fünfköpfige Motoradstaffel der Johanniter aus der Börde hilft auf der Autobahn 2. Sie versorgen die Menschen im Stau mit Getränken bei der Hitze.</p></div></div></div>""",
            ".teaser");
        Assert.True(LoneTeaserCard.Is(card, raw));
    }

    [Fact]
    public void A_block_link_wrapping_a_sub_heading_with_a_teaser_line_after_it_is_a_lone_card()
    {
        var (card, raw) = Judged(
            """<div class="wp-block-campact-marginal-element alignright camp-marginal-element"><a class="camp-teaser-pure" href="https://blog.campact.de/2019/10/gemeinnuetzigkeit-campact/"><img src="https://blog.campact.de/wp-content/uploads/2022/06/lebendige-demokratie.jpg" alt=""><div class="camp-teaser-pure__text"><div class="camp-teaser-pure__meta"><time datetime="2019-10-21T10:03:38+02:00">21.10.2019</time> <span>&middot;</span> <span>Campact</span></div><h3 class="camp-teaser-pure__title">Campact wird Gemeinnützigkeit entzogen</h3></div></a><p>Der Bürgerbewegung Campact wurde 2019 der Status als gemeinnützige Organisation aberkannt. Die Entscheidung ist eine Folge des Attac-Urteils des Bundesfinanzhofes.</p></div>""",
            ".camp-marginal-element");
        Assert.True(LoneTeaserCard.Is(card, raw));
    }

    [Fact]
    public void A_block_link_wrapping_its_heading_and_teaser_line_is_a_lone_card()
    {
        var (card, raw) = Judged(
            """<div class="more"><a class="card" href="/2024/04/hotel-lunik-theater"><h3>DDR-Hotel Lunik öffnet als Theater noch einmal seine Pforten</h3><p>Eine Theatergruppe hat die Erinnerungen aufgearbeitet und schlüpft in die Rollen der Zeitzeugen.</p></a></div>""",
            ".card");
        Assert.True(LoneTeaserCard.Is(card, raw));
    }

    [Fact]
    public void A_section_whose_heading_is_wrapped_in_an_in_page_anchor_is_no_lone_card()
    {
        var (section, raw) = Judged("""<div class="section"><a href="#next-steps"><h3>What comes next</h3></a><p>A final vote on the harbour is due in March, the mayor said on Monday.</p></div>""", ".section");
        Assert.False(LoneTeaserCard.Is(section, raw));
    }

    [Fact]
    public void A_section_whose_heading_is_not_a_link_is_no_lone_card()
    {
        var (section, raw) = Judged("""<div class="section"><h3>What comes next</h3><p>A final vote on the harbour is due in <a href="/march">March</a>, the mayor said.</p></div>""", ".section");
        Assert.False(LoneTeaserCard.Is(section, raw));
    }

    [Fact]
    public void The_short_heading_before_a_grids_wrapper_labels_the_grid()
    {
        var body = HtmlTestDocuments.Body($"""<div id="tumblock"><h2>Самые популярные диеты</h2><div class="cards">{DietCard}{DietCard}{DietCard}</div></div>""");
        var raw = TextStatistics.Compute(body, null);

        var label = TeaserGridLabel.Of(body.QuerySelector(".tumb")!, body, raw, new PruneMap());

        Assert.Equal("Самые популярные диеты", label?.TextContent);
    }

    [Fact]
    public void Prose_before_a_grid_is_no_label()
    {
        var body = HtmlTestDocuments.Body($"""<div><p>{HtmlTestDocuments.Paragraph("Body")}</p>{DietCard}{DietCard}{DietCard}</div>""");
        var raw = TextStatistics.Compute(body, null);

        Assert.Null(TeaserGridLabel.Of(body.QuerySelector(".tumb")!, body, raw, new PruneMap()));
    }
}
