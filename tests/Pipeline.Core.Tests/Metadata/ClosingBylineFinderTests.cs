using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Labelled credits closing the article body (snippets trimmed from dataset pages).</summary>
public sealed class ClosingBylineFinderTests
{
    private const string Prose = HeadingLineBylineFinderTests.Prose;
    private static readonly ClosingBylineFinder Finder = new(new BylineParser(RuleSet.Embedded.Metadata), new BylineDates(RuleSet.Embedded.Metadata));

    private static (string Text, Byline Byline)? Find(string body) =>
        Finder.Find(new HtmlParser().ParseDocument("<html><body><article>" + body + "</article></body></html>").QuerySelector("article"));

    [Fact]
    public void A_label_alone_credits_the_names_on_the_next_line()
    {
        var found = Find(Prose + "<p><b>Von:</b><br>Götz Warnke</p>");
        Assert.Equal(["Götz Warnke"], found?.Byline.Authors);
        Assert.Equal("Von: Götz Warnke", found?.Text);
    }

    [Fact]
    public void A_label_more_than_three_lines_before_the_end_is_not_read() =>
        Assert.Null(Find("<p>Autor: Jane Doe</p>" + Prose + Prose + Prose));

    [Fact]
    public void A_dash_led_name_under_the_closing_date_signs_the_article()
    {
        var found = Find(Prose + "<p>Quelle: Science, Rice University, Princeton University</p>\n<span class=\"entry-meta meta-small\">28. November 2022</span>\n<p class=\"entry-meta meta-small\"> - Nadja Podbregar</p>"
            + "<div class=\"clearfix\"><div>Teilen:</div><ul><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">Twitter</a></li><li><a href=\"#\">LinkedIn</a></li><li><a href=\"#\">Xing</a></li><li><a href=\"#\">Newsletter</a></li><li><a href=\"#\">Drucken</a></li></ul></div>"
            + "<div class=\"herald-sticky-prev h6\"><a href=\"/\" rel=\"prev\">Zurück zur Startseite</a></div>");
        Assert.Equal("- Nadja Podbregar", found?.Text);
        Assert.Equal(["Nadja Podbregar"], found?.Byline.Authors);
        Assert.Empty(found?.Byline.Agencies ?? ["none"]);
    }

    [Fact]
    public void A_dash_led_name_without_a_date_above_it_is_not_a_signature() =>
        Assert.Null(Find(Prose + "<p>Weiterlesen bei</p><p> - Nadja Podbregar</p>"));

    [Fact]
    public void A_dated_signature_above_more_prose_is_not_the_closing_one() =>
        Assert.Null(Find("<p>28. November 2022</p><p>- Nadja Podbregar</p>" + Prose + "<p>Teilen:</p>"));

    [Fact]
    public void An_empty_body_has_no_closing_credit() =>
        Assert.Null(Finder.Find(null));

    // datasets/aeb (a Reuters story on a science site): the wire's closing credit names its reporter and its editor.
    [Theory]
    [InlineData("<p><em>(Reporting by Will Dunham; Editing by Tom Brown)</em></p><p><i>© Reuters</i></p>", new[] { "Will Dunham" })]
    [InlineData("<p>(Reporting by Jane Doe in London and John Roe; Additional reporting by Max Mustermann; Writing by Anna Schmidt; Editing by Tom Brown)</p>", new[] { "Jane Doe", "John Roe", "Anna Schmidt" })]
    public void Agency_storys_closing_credit_names_its_reporters_not_its_editors(string closing, string[] reporters)
    {
        var article = new HtmlParser().ParseDocument("<html><body><article>" + Prose + closing + "</article></body></html>").QuerySelector("article");
        Assert.Equal(reporters, Finder.Reporters(article)?.Authors);
    }

    [Fact]
    public void Editing_credit_alone_names_no_reporter()
    {
        var article = new HtmlParser().ParseDocument("<html><body><article>" + Prose + "<p>(Editing by Tom Brown)</p></article></body></html>").QuerySelector("article");
        Assert.Null(Finder.Reporters(article));
    }
}
