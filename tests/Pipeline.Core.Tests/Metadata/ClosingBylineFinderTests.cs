using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Labelled credits closing the article body (snippets trimmed from dataset pages).</summary>
public sealed class ClosingBylineFinderTests
{
    private const string Prose = HeadingLineBylineFinderTests.Prose;
    private static readonly ClosingBylineFinder Finder = new(new BylineParser(RuleSet.Embedded.Metadata));

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
    public void An_empty_body_has_no_closing_credit() =>
        Assert.Null(Finder.Find(null));
}
