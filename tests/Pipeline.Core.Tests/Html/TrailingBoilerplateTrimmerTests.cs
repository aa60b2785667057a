using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class TrailingBoilerplateTrimmerTests
{
    [Fact]
    public void Orphaned_headings_and_colon_labels_after_the_last_sentence_are_dropped()
    {
        // Tail as on fluessiggas.de, humanresourcesmanager.de and outdoor-magazin.com (trafilatura dataset) once their link lists are pruned.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Dimethylether"), TextBlockKind.Paragraph),
            new("Weitere Beiträge aus der Kolumne:", TextBlockKind.Paragraph),
            new("Verwandte Themenbereiche", TextBlockKind.Heading),
            new("Weitere Tourentipps", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Dimethylether")], kept.Select(b => b.Text));
        Assert.Equal(["Weitere Beiträge aus der Kolumne:", "Verwandte Themenbereiche", "Weitere Tourentipps"], removed.Audit.Select(r => r.Text));
        Assert.All(removed.Audit, r => Assert.Equal(RemovalReasons.Boilerplate, r.Reason));
    }

    [Fact]
    public void Short_last_lines_that_are_not_labels_and_inner_headings_are_kept()
    {
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Intro"), TextBlockKind.Paragraph),
            new("What happens next", TextBlockKind.Heading),
            new(HtmlTestDocuments.Paragraph("Outlook"), TextBlockKind.Paragraph),
            new("Roads closed until Monday", TextBlockKind.ListItem),
            new("Sent from the newsroom.", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Same(blocks, kept);
        Assert.Empty(removed.Audit);
    }
}
