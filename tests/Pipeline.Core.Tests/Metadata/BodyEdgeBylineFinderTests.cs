using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class BodyEdgeBylineFinderTests
{
    private const string Prose = "<p>A crusher and quarry company has come under heavy criticism from villagers who say blasting has cracked the walls of their homes and driven away their cattle over the past year.</p>";
    private static readonly BylineParser Parser = new(RuleSet.Embedded.Metadata);

    [Fact]
    public void Bold_names_above_the_story_are_its_byline()
    {
        var found = Find("<p><em>Villagers cry foul</em></p><p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>" + Prose + Prose);
        Assert.NotNull(found);
        Assert.Equal(["Mathatisi Sebusi", "Mohalenyane Phakela"], found.Value.Byline.Authors);
    }

    [Fact]
    public void Bold_name_closing_the_story_is_its_byline() =>
        Assert.Equal(["Le Phuong"], Find(Prose + Prose + "<p style=\"text-align:right\"><strong>Le Phuong</strong></p>")?.Byline.Authors);

    [Fact]
    public void Short_italic_line_closing_the_story_is_its_byline() =>
        Assert.Equal(["Cosima Künzel"], Find(Prose + Prose + "<p><em>Von <span itemscope itemtype=\"http://schema.org/Person\"><meta itemprop=\"name\" content=\"Cosima Künzel\">Cosima Künzel</span></em></p>")?.Byline.Authors);

    [Fact]
    public void Long_italic_line_closing_the_story_is_a_title_not_a_byline() =>
        Assert.Null(Find(Prose + Prose + "<p><em>Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln</em></p>"));

    [Fact]
    public void Newsroom_signing_off_the_story_is_credited_as_a_desk()
    {
        var found = Find(Prose + Prose + "<p><em>IN-Redaktion</em></p>");
        Assert.Empty(found!.Value.Byline.Authors);
        Assert.Equal(["IN-Redaktion"], found.Value.Byline.Agencies);
    }

    [Fact]
    public void Bold_subheading_of_ordinary_words_is_not_a_byline() =>
        Assert.Null(Find(Prose + "<p><b>The Background</b></p>" + Prose.Replace("criticism", "criticism against the background", StringComparison.Ordinal)));

    [Fact]
    public void Bold_line_followed_by_more_content_is_not_a_closing_byline() =>
        Assert.Null(Find(Prose + Prose + "<p><strong>Read More</strong></p><ul><li>Other story</li></ul>"));

    [Fact]
    public void Bold_product_name_the_prose_introduces_is_a_subheading_not_a_byline() =>
        // bergsteigen.com: the prose names the harness, then a bold paragraph heads its description.
        Assert.Null(Find("<p>Das Ergebnis unserer Entwicklung: wir sprechen vom rekordverdächtigen <strong>Alp Race Gurtzeug</strong>, dem leichtesten der Welt.</p>"
            + "<p><strong>Alp Race Gurtzeug</strong></p><p>Der leichteste Gurt der Welt, nur 68 Gramm schwer, mit verstellbaren Beinschlaufen und einer Materialschlaufe für Steigeisen.</p>" + Prose));

    private static (string Text, Byline Byline)? Find(string body)
    {
        var document = new HtmlParser().ParseDocument("<html><body><article>" + body + "</article></body></html>");
        return BodyEdgeBylineFinder.Find(document.QuerySelector("article"), Parser);
    }
}
