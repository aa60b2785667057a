using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>How a date shown as an item of the page's breadcrumb trail dates the story.</summary>
public sealed class BreadcrumbDateTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));
    private readonly BreadcrumbDate _finder;

    public BreadcrumbDateTests()
    {
        var rules = RuleSet.Embedded.Metadata;
        _finder = new BreadcrumbDate(new DateTextScanner(rules), new DateLabels(rules));
    }

    [Fact]
    public void A_trail_ending_in_a_date_item_dates_the_story()
    {
        // deutschlandfunk.de: Startseite › Kulturfragen › the story's title › 01.05.2017.
        var html = "<div class=\"dlf-breadcrumb\"><span><a href=\"/\">Startseite</a></span><span><a href=\"kulturfragen.910.de.html\">Kulturfragen</a></span>"
            + "<span>\"Wir dekorieren auf der Titanic die Liegestühle um\"</span><span class=\"current\">01.05.2017</span></div>";
        Assert.Equal("2017-05-01", Find(html, dayFirst: true));
    }

    [Fact]
    public void A_stamp_in_the_trail_bar_dates_the_story_and_its_update_stamp_does_not()
    {
        // clarin.com: the bar holding the BreadcrumbList shows the publication stamp before the trail and "Actualizado al …" after it.
        var html = "<div class=\"breadcrumb col-lg-6\"><span class=\"modificatedDate\"> Actualizado al 04/05/2022 09:10 </span>"
            + "<span class=\"publishedDate\"> 03/05/2022 22:46 </span><ul itemscope itemtype=\"http://schema.org/BreadcrumbList\">"
            + "<li itemprop=\"itemListElement\"><a itemprop=\"item\" href=\"https://www.clarin.com\"><span itemprop=\"name\">Clarín.com</span></a></li>"
            + "<li itemprop=\"itemListElement\"><a itemprop=\"item\" href=\"/politica/\"><span itemprop=\"name\"><strong>Política</strong></span></a></li></ul></div>";
        Assert.Equal("2022-05-03", Find(html, dayFirst: true));
    }

    [Fact]
    public void A_trail_item_naming_a_dated_title_is_not_a_date_item()
    {
        var html = "<nav aria-label=\"Breadcrumb\" class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/berichte/\">Berichte</a> › <span>Wochenbericht 14. Januar 2022</span></nav>";
        Assert.Null(Find(html, dayFirst: true));
    }

    [Fact]
    public void A_page_that_shows_its_date_only_in_the_breadcrumb_is_dated_by_it()
    {
        var html = "<html lang=\"de\"><body><div id=\"content\"><div class=\"dlf-breadcrumb\"><span><a href=\"/\">Startseite</a></span>"
            + "<span><a href=\"/kultur.html\">Kulturfragen</a></span><span class=\"current\">01.05.2017</span></div>"
            + "<article><h1>Wir dekorieren auf der Titanic die Liegestühle um</h1><p>Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten.</p></article></div></body></html>";
        Assert.Equal("2017-05-01", PublicationDateFinderTests.ExtractHtml(html).PublishedAt);
    }

    private string? Find(string body, bool dayFirst)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body><h1>Titel</h1>{body}<p>Text.</p></body></html>");
        return _finder.Find(document, Bounds, dayFirst)?.Iso;
    }
}
