using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class TextStatisticsTests
{
    [Fact]
    public void Link_text_and_paragraph_text_are_counted_bottom_up_without_scripts_or_pruned_parts()
    {
        var body = HtmlTestDocuments.Body("<div id=\"d\"><p>Plain words, and a <a href=\"#\">link</a> inside one paragraph.</p><script>var x = 1;</script><p id=\"gone\">pruned text</p></div>");
        var pruned = new PruneMap();
        pruned.Remove(body.QuerySelector("#gone")!, RemovalReasons.Boilerplate);

        var stats = TextStatistics.Compute(body, pruned)[body.QuerySelector("#d")!];

        // "Plainwords,anda" (15) + "link" (4) + "insideoneparagraph." (19): whitespace is not counted.
        Assert.Equal(new NodeStats(TextChars: 38, LinkChars: 4, ParagraphChars: 38, Commas: 1, HasBlockChild: true, DirectTextChars: 0), stats);
    }

    [Fact]
    public void A_table_handed_back_and_reused_for_another_page_holds_only_that_page()
    {
        var first = HtmlTestDocuments.Body("<div id=\"d\"><p>First page, first paragraph.</p></div>");
        var firstDiv = first.QuerySelector("#d")!;
        var second = HtmlTestDocuments.Body("<div id=\"d\"><p>Second page.</p><p>More, text.</p></div>");
        var secondDiv = second.QuerySelector("#d")!;
        var fresh = TextStatistics.Compute(second, null)[secondDiv];

        TextStatistics.Compute(first, null).Dispose();
        using var reused = TextStatistics.Compute(second, null, 1);

        Assert.Equal(fresh, reused[secondDiv]);
        Assert.Equal(default, reused[firstDiv]);
    }

    [Theory]
    [InlineData("Plain words, and more words,\tand\r\na tab.", 32, 2)]
    [InlineData("Zwei\u00A0Wörter, ein\u2009schmaler Raum und ein Komma，中文、逗号", 43, 3)]
    [InlineData("", 0, 0)]
    [InlineData("        ", 0, 0)]
    public void Visible_characters_and_commas_are_counted_in_any_script(string text, int chars, int commas) =>
        Assert.Equal((chars, commas), TextStatistics.Count(text));

    [Fact]
    public void The_counts_of_real_page_text_equal_a_character_by_character_count()
    {
        foreach (var text in Matching.DatasetPageText.Aeb(40))
        {
            var chars = text.Count(c => !char.IsWhiteSpace(c));
            var commas = text.Count(c => c is ',' or '，' or '、' or '،');
            Assert.Equal((chars, commas), TextStatistics.Count(text));
        }
    }
}
