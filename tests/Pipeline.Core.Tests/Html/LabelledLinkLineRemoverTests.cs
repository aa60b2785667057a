using Pipeline.Core.Html;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public class LabelledLinkLineRemoverTests
{
    private static readonly LabelledLinkLineRemover Remover = new(new TeaserLabelPhrases(RuleSet.Embedded));

    [Fact]
    public void A_linked_line_opening_with_a_related_links_label_is_dropped_as_related_and_story_lines_stay()
    {
        // readability cnn: <p><a href="…"><span class="inStoryHeading">Related: Chicago is America's most segregated city</span></a></p> between paragraphs.
        var blocks = HtmlTestDocuments.Render($"""
            <p>{HtmlTestDocuments.Paragraph("Before")}</p>
            <p><a href="/2016/01/05/news/economy/chicago-segregated/"><span>Related: Chicago is America's most segregated city</span></a></p>
            <p>{HtmlTestDocuments.Paragraph("Middle")}</p>
            <p><a href="/more">Lesen Sie auch: Die Stadt plant neue Radwege</a></p>
            <p>{HtmlTestDocuments.Paragraph("Next")}</p>
            <p><a href="/update">Update: The minister resigned on Friday evening</a></p>
            <p>Related: the minister's office did not answer questions about the report on Friday.</p>
            <p>{HtmlTestDocuments.Paragraph("After")}</p>
            """);
        var removed = new PruneMap();

        var kept = Remover.Remove(blocks, removed);

        Assert.Equal(
            [HtmlTestDocuments.Paragraph("Before"), HtmlTestDocuments.Paragraph("Middle"), HtmlTestDocuments.Paragraph("Next"), "Update: The minister resigned on Friday evening", "Related: the minister's office did not answer questions about the report on Friday.", HtmlTestDocuments.Paragraph("After")],
            kept.Select(b => b.Text));
        Assert.Equal(
            [(RemovalReasons.Related, "Related: Chicago is America's most segregated city"), (RemovalReasons.Related, "Lesen Sie auch: Die Stadt plant neue Radwege")],
            removed.Audit.Select(r => (r.Reason, r.Text)));
    }
}
