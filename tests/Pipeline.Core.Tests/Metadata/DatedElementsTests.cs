using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>How the dated elements near the heading are ranked and read.</summary>
public sealed class DatedElementsTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private readonly ArticleHeadScanner _scanner = new(Rules);
    private readonly DatedElements _elements;

    public DatedElementsTests()
    {
        var scanner = new DateTextScanner(Rules);
        var labels = new DateLabels(Rules);
        _elements = new DatedElements(new DateNormalizer(scanner), labels, new TextDateReader(scanner, labels), new OtherWorkItem(Rules));
    }

    [Fact]
    public void A_date_labelled_as_published_ranks_before_a_nearer_plain_one_and_an_update_is_read_apart()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"de\"><body><h1>Titel</h1><p><time datetime=\"2023-03-01\">1. März 2023</time></p>"
            + "<p><span class=\"date\">Aktualisiert am 06.03.2023</span></p><p><span class=\"date\">Veröffentlicht: 04.03.2023</span></p><p>Text.</p></body></html>");
        var head = _scanner.Scan(document, null);

        var ranked = _elements.Rank(head, document, null);

        Assert.Equal([DateKind.Published, DateKind.Other, DateKind.Updated], ranked.Select(r => r.Kind));
        Assert.Equal("2023-03-04", _elements.Dates(ranked, head, Bounds, dayFirst: true, wantUpdated: false).First().Iso);
        Assert.Equal("2023-03-06", _elements.Dates(ranked, head, Bounds, dayFirst: true, wantUpdated: true).First().Iso);
    }

    [Fact]
    public void The_story_update_stamp_is_read_and_the_page_footers_last_edited_line_is_not()
    {
        const string Footer = "<div id=\"footer\" role=\"contentinfo\"><ul><li id=\"footer-info-lastmod\">This page was last edited on 24 February 2020, at 20:33</li></ul></div>";
        const string Stamp = "<div class=\"article-meta\"><div class=\"article-updated-date\"><span class=\"article-updated-date-label\">Last updated: </span>28 January 2022</div></div>";

        Assert.Equal("2022-01-28", StoryUpdate($"<h1>Paxlovid</h1><p>Text.</p>{Stamp}{Footer}"));
        Assert.Null(StoryUpdate($"<h1>Hermitian matrix</h1><p>Text.</p>{Footer}"));
    }

    private string? StoryUpdate(string body)
    {
        using var document = HtmlDocumentParser.Parse($"<html lang=\"en\"><body>{body}</body></html>");
        var head = _scanner.Scan(document, null);
        return _elements.StoryUpdate(_elements.Rank(head, document, null), head, Bounds, dayFirst: false)?.Iso;
    }

    [Fact]
    public void Dates_repeated_by_a_card_template_after_the_story_are_a_listings_and_the_storys_own_date_above_its_heading_is_read()
    {
        // chemietechnik.de: the story's date stands above its heading; "Aktuellste Beiträge" below repeats one card template with each card's date.
        const string Card = "<div class=\"postlist-meta\"><div class=\"categories\"><a href=\"/markt.html\">Markt</a></div>"
            + "<span class=\"date\" content=\"2022-12-0{0}T10:24:00+01:00\">0{0}. Dez. 2022 | 10:24 Uhr</span></div>"
            + "<a class=\"postlist-item\" href=\"/markt/story-{0}.html\"><img src=\"a.jpg\" alt=\"\"><span>Neue Anlage</span></a>";
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"de\"><body><div class=\"meta-info\"><span class=\"date\" content=\"2022-12-01T14:08:00+01:00\">01. Dez. 2022 | 14:08 Uhr</span></div>"
            + "<h1 class=\"title\">Covestro startet neue Biotechnologie-Forschungsgruppe</h1><p>Der Kunststoff-Hersteller Covestro will seine Kompetenzen ausbauen.</p>"
            + "<div class=\"post-list\"><h2>Aktuellste Beiträge</h2>" + string.Format(Card, 6) + string.Format(Card, 5) + string.Format(Card, 4) + "</div></body></html>");
        var head = _scanner.Scan(document, null);

        var ranked = _elements.Rank(head, document, null);

        Assert.Equal(["2022-12-01T14:08:00+01:00", "2022-12-01"], _elements.Dates(ranked, head, Bounds, dayFirst: true, wantUpdated: false).Select(d => d.Iso));
    }

    [Fact]
    public void A_footer_list_whose_items_differ_by_id_only_is_no_listing()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"en\"><body><h1>Stammtisch</h1><p>Text.</p><div id=\"footer\"><ul id=\"footer-info\"><li id=\"footer-info-lastmod\">This page was last edited on 29 January 2020, at 10:33</li>"
            + "<li id=\"footer-info-viewcount\">This page has been accessed 1,234 times.</li><li id=\"footer-info-copyright\">Content is available under a licence.</li></ul></div></body></html>");
        var head = _scanner.Scan(document, null);

        Assert.Equal(3, _elements.Rank(head, document, null).Count);
    }

    [Fact]
    public void A_date_beside_another_storys_title_in_a_list_is_left_out()
    {
        // "Weitere Pressemitteilungen": <li><time>…</time><a href="/news/other-story">Wieviel Haus kann ich mir leisten?</a></li>
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"de\"><body><h1>Titel</h1><p>Text.</p><ul><li><time datetime=\"2021-05-03\">03.05.2021</time>"
            + "<a href=\"/news/other-story\">Wieviel Haus kann ich mir leisten?</a></li></ul></body></html>");
        var head = _scanner.Scan(document, null);

        Assert.Empty(_elements.Rank(head, document, "https://example.org/news/this-story"));
    }

    [Fact]
    public void A_date_inside_an_embedded_video_item_is_left_out_and_the_dateline_read()
    {
        // A Swiss broadcaster's article: the dateline under the byline, then an archive video embedded as a schema.org VideoObject item.
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"de\"><body><article><header><h1>Die Drusen fordern Teilhabe</h1>"
            + "<p class=\"article-author__date js-dateline\"> 05.01.2025, 15:23 </p></header>"
            + "<div class=\"article-element\"><div itemscope itemtype=\"http://schema.org/VideoObject\">"
            + "<meta itemprop=\"name\" content=\"Archiv: Syriens neue Herrscher\"><meta itemprop=\"uploadDate\" content=\"2024-12-18T20:10:00+01:00\">"
            + "<meta itemprop=\"datePublished\" content=\"2024-12-18T00:00:00+01:00\"></div></div>"
            + "<p>Die Drusen sind in Syrien eine kleine Religionsgruppe.</p></article></body></html>");
        var head = _scanner.Scan(document, null);

        var ranked = _elements.Rank(head, document, null);

        Assert.DoesNotContain(ranked, r => r.Element.Closest("[itemscope]") is not null);
        Assert.Equal("2025-01-05", _elements.Dates(ranked, head, Bounds, dayFirst: true, wantUpdated: false).First().Iso);
    }

    [Fact]
    public void A_video_items_date_on_the_videos_own_page_is_the_pages_date()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"en\"><body><div itemscope itemtype=\"https://schema.org/VideoObject\"><h1>Veteran, 98, beats the virus</h1>"
            + "<meta itemprop=\"uploadDate\" content=\"2020-04-24T07:25:06+00:00\"><p>Hospital staff applauded as he left.</p></div></body></html>");
        var head = _scanner.Scan(document, null);

        var ranked = _elements.Rank(head, document, null);

        Assert.Equal(new DateOnly(2020, 4, 24), _elements.Dates(ranked, head, Bounds, dayFirst: false, wantUpdated: false).First().Day);
    }
}
