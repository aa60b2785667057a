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
}
