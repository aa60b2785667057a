using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The text a byline element credits.</summary>
public sealed class BylineElementTextTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private readonly BylineElementText _text = new(Rules, new HeadingReader(Rules), new BylineParser(Rules).Names);

    [Theory]
    // herrpfleger.de: the author link, then the author's Twitter account.
    [InlineData("<span class=\"author\"><a href=\"/author/matthias/\">Matthias</a> <a href=\"https://twitter.com/herrpfleger\">herrpfleger</a></span>", " Matthias  ")]
    [InlineData("<div class=\"author\">Jenny Smith<div>Editor</div></div>", "Jenny Smith | Editor | ")]
    [InlineData("<div class=\"author\" itemscope><span itemprop=\"name\">Jenny Smith</span><span itemprop=\"jobTitle\">Editor</span></div>", "Jenny Smith")]
    [InlineData("<meta class=\"author\" content=\"Jenny Smith\">", "Jenny Smith")]
    // nachrichten.at: a bookmark icon of the Material Icons font sits inside the author box; its ligature text is the glyph's name.
    [InlineData("<div class=\"author\"><span>Jenny Smith</span> <i class=\"material-icons\">turned_in</i></div>", " Jenny Smith  ")]
    [InlineData("<div class=\"author\"><span class=\"material-symbols-outlined\">person</span>Jenny Smith</div>", "Jenny Smith")]
    public void Block_children_stay_apart_and_social_accounts_and_job_titles_are_left_out(string html, string expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _text.Read(document.QuerySelector(".author")!));
    }

    // linkedin.com (datasets/trafilatura): the card's name heading holds a "Follow" link; the line under it is a heading of its own.
    [Fact]
    public void Follow_control_is_left_out_and_headings_stay_apart()
    {
        using var document = HtmlDocumentParser.Parse("<html><body><div class=\"author\"><h3><a href=\"/in/jane\">Jane Doe</a><a class=\"follow-button\" href=\"/login\">Follow</a></h3>"
            + "<h4>Gärtnerin</h4></div></body></html>");
        Assert.Equal(" |  Jane Doe  |  | Gärtnerin | ", _text.Read(document.QuerySelector(".author")!));
    }

    [Theory]
    // mtb-news.de: the byline bar holds the writer, the date, the story's category and the comment count.
    [InlineData("<div class=\"author\"><div class=\"cb-author\"><a href=\"https://www.mtb-news.de/news/author/nuts/\">Stefanus</a></div>"
        + "<div class=\"cb-category\"><a href=\"https://www.mtb-news.de/news/category/werkstatt-service/\" title=\"Alle Beitrage in Werkstatt anzeigen\">Werkstatt</a></div></div>", " |  Stefanus  |  |  | ")]
    [InlineData("<span class=\"author\">Jane Doe in <a href=\"/recipes/\" rel=\"category tag\">Recipes</a></span>", "Jane Doe in ")]
    public void A_link_to_the_storys_category_is_left_out(string html, string expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _text.Read(document.QuerySelector(".author")!));
    }
}
