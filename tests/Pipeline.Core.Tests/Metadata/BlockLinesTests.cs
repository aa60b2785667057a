using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Text split into lines at block boundaries (snippets trimmed from dataset pages).</summary>
public sealed class BlockLinesTests
{
    [Fact]
    public void Lines_after_the_heading_break_at_blocks_and_skip_buttons_hidden_and_excluded_elements()
    {
        var document = new HtmlParser().ParseDocument(
            "<html><body><article><h1>Interning of Small Integers in Python</h1><div class=\"postdata\"><span>Posted by Konstantin</span> <span>21.10.2019</span><button>Share</button></div>"
            + "<figure><figcaption>A photo</figcaption></figure><p hidden>Hidden</p><ul><li>One</li><li>Two</li></ul></article></body></html>");

        Assert.Equal(["Posted by Konstantin 21.10.2019", "One", "Two"], BlockLines.After(document.QuerySelector("h1")!, null));
    }

    [Fact]
    public void Lines_after_the_heading_stop_after_the_second_line_of_prose()
    {
        var prose = "<p>" + string.Concat(Enumerable.Repeat("Wärmepumpen setzen auf die kostenfreie Energie der Umwelt. ", 4)) + "</p>";
        var document = new HtmlParser().ParseDocument("<html><body><h1>Title</h1><p>von Jane Doe</p>" + prose + prose + "<p>Never read</p></body></html>");

        var lines = BlockLines.After(document.QuerySelector("h1")!, null);

        Assert.Equal(3, lines.Count);
        Assert.Equal("von Jane Doe", lines[0]);
    }

    [Fact]
    public void The_whole_root_is_read_and_nothing_after_it()
    {
        var document = new HtmlParser().ParseDocument("<html><body><article><p>First</p><div>Autoren <b>Jelko Djuren</b></div></article><p>Outside</p></body></html>");
        var article = document.QuerySelector("article")!;

        Assert.Equal(["First", "Autoren Jelko Djuren"], BlockLines.Whole(article.FirstChild!, article));
    }
}
