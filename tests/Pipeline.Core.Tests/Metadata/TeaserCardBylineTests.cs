using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Byline elements in article elements other than the story's: a teaser card's credit against a box of the story itself.</summary>
public sealed class TeaserCardBylineTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p>Con el plazo autoimpuesto para presentar una propuesta este miércoles al oficialismo, el Ministerio del Interior busca cerrar el debate sobre el estado de excepción.</p>";

    // Trimmed from datasets/trafilatura latercera.com.la-agenda: the cards after the story carry the credit of their own story.
    [Fact]
    public void Byline_of_a_card_led_by_a_linked_headline_is_not_the_story_byline()
    {
        var html = "<html><body><article><div class=\"author\"><div class=\"byline\"><a href=\"/autor/isabel-caro\">Isabel Caro</a>, "
            + "<a href=\"/autor/rocio-latorre\">Rocío Latorre</a></div></div><h1>La agenda con que Interior busca contener la crisis</h1>" + Story
            + "<article class=\"card\"><div class=\"headline\"><h2><a href=\"/politica/noticia/otra-historia/\">Servel rechazó reembolso</a></h2></div>"
            + "<div class=\"byline\"><small>Jaime Pérez</small></div></article></article></body></html>";
        Assert.Equal(["Isabel Caro", "Rocío Latorre"], Authors(html));
    }

    // Trimmed from datasets/trafilatura chefkoch.de.mandarinen: the story's boxes are article elements too; the author's box is led by a plain heading.
    [Fact]
    public void Byline_of_a_story_box_led_by_a_plain_heading_stays_the_story_byline()
    {
        var html = "<html><body><article class=\"recipe-header\"><h1>Mandarinen-Schmand-Kuchen</h1>" + Story + "</article>"
            + "<article class=\"ds-box\"><div class=\"recipe-author\"><h2>Rezept von</h2><a href=\"/user/profil/98d8/jesusfreak.html\"><span>Jesus Freak</span></a></div>"
            + "<h2>Weitere Rezepte von Jesus Freak</h2><a href=\"/rezepte/1/kuchen.html\"><h3>Käsekuchen</h3></a></article></body></html>";
        Assert.Equal(["Jesus Freak"], Authors(html));
    }

    // Trimmed from datasets/aeb 680c2848 (Digg): the story's own article element, its headline linking to "" (the page itself), beside the h1's.
    [Fact]
    public void Byline_of_a_story_led_by_a_headline_linking_to_the_page_itself_stays_the_story_byline()
    {
        var html = "<html><body><article class=\"page\"><h1 class=\"headline\"></h1></article><section><article class=\"single-story\"><header>"
            + "<h2 class=\"headline\"><a href=\"\" target=\"_blank\">The Early Reviews For Google's Stadia Gaming Platform Are Here</a></h2></header>"
            + "<div class=\"meta\"><div class=\"author\"><a class=\"handle\" href=\"https://twitter.com/\" rel=\"author\">Dallas Robinson</a></div></div>" + Story
            + "</article></section></body></html>";
        Assert.Equal(["Dallas Robinson"], Authors(html));
    }

    private static IReadOnlyList<string> Authors(string html) => MetadataTestPages.Extract(Extractor, html).Authors;
}
