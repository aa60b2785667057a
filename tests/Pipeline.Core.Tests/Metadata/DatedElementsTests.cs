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
        _elements = new DatedElements(new DateNormalizer(scanner), labels, new TextDateReader(scanner, labels));
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
    public void A_date_beside_another_storys_title_in_a_list_is_left_out()
    {
        // "Weitere Pressemitteilungen": <li><time>…</time><a href="/news/other-story">Wieviel Haus kann ich mir leisten?</a></li>
        using var document = HtmlDocumentParser.Parse(
            "<html lang=\"de\"><body><h1>Titel</h1><p>Text.</p><ul><li><time datetime=\"2021-05-03\">03.05.2021</time>"
            + "<a href=\"/news/other-story\">Wieviel Haus kann ich mir leisten?</a></li></ul></body></html>");
        var head = _scanner.Scan(document, null);

        Assert.Empty(_elements.Rank(head, document, "https://example.org/news/this-story"));
    }
}
