using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class LinkRunRemoverTests
{
    private static IReadOnlyList<TextBlock> Render(string html) => HtmlTestDocuments.Render(html);

    [Fact]
    public void Embedded_link_cards_after_a_label_are_dropped_with_the_label_wherever_they_sit()
    {
        // As on aerobuzz.de (trafilatura dataset): "Schon gelesen?" and WordPress link embeds in the middle of the text, each in its own blockquote.
        var blocks = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Before")}</p>
            <p><strong>Schon gelesen?</strong></p>
            <blockquote class="wp-embedded-content"><p><a href="/a">Luftwaffe lässt Piloten in Italien ausbilden</a></p></blockquote>
            <blockquote class="wp-embedded-content"><p><a href="/b">Luftwaffe hat mit dem Training auf den H145 von NHV begonnen</a></p></blockquote>
            <p>{HtmlTestDocuments.Paragraph("After")}</p>
            """);
        var removed = new PruneMap();

        var kept = LinkRunRemover.Remove(blocks, removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Before"), HtmlTestDocuments.Paragraph("After")], kept.Select(b => b.Text));
        Assert.Equal(["Schon gelesen?", "Luftwaffe lässt Piloten in Italien ausbilden", "Luftwaffe hat mit dem Training auf den H145 von NHV begonnen"], removed.Audit.Select(r => r.Text));
        Assert.All(removed.Audit, r => Assert.Equal(RemovalReasons.Related, r.Reason));
    }

    [Fact]
    public void A_single_source_link_and_short_link_words_stay()
    {
        // One link alone is a source line; one- and two-word links ("Next", "Learn more") are in-text navigation the reference bodies keep.
        var blocks = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Story")}</p>
            <p><a href="/report">Read the full report of the commission here</a></p>
            <p>{HtmlTestDocuments.Paragraph("More")}</p>
            <p><a href="/try">Try it now</a></p><p><a href="/more">Learn more</a></p><p><a href="/next">Next</a></p>
            """);
        var removed = new PruneMap();

        var kept = LinkRunRemover.Remove(blocks, removed);

        Assert.Equal(blocks, kept);
        Assert.Empty(removed.Audit);
    }

    [Fact]
    public void A_single_link_set_in_capitals_is_dropped_while_a_capitalised_name_or_acronym_link_stays()
    {
        // As on foxbusiness.com (AEB): another story's headline and an app plug, each a lone bold link in capitals between the story's paragraphs.
        var blocks = Render($"""
            <p>{HtmlTestDocuments.Paragraph("Earnings")}</p>
            <p><strong><a href="http://video.foxbusiness.com/v/6091276897001/">CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM</a></strong></p>
            <p>{HtmlTestDocuments.Paragraph("Guidance")}</p>
            <p><strong><a href="http://www.foxbusiness.com/apps-products">GET FOX BUSINESS ON THE GO BY CLICKING HERE</a></strong></p>
            <p>{HtmlTestDocuments.Paragraph("Shares")}</p>
            <p><a href="/nato">NATO SUMMIT 2024</a></p>
            <p>{HtmlTestDocuments.Paragraph("Summit")}</p>
            <p><a href="/report">Read the full report of the commission here</a></p>
            """);
        var removed = new PruneMap();

        var kept = LinkRunRemover.Remove(blocks, removed);

        Assert.Equal(
            [HtmlTestDocuments.Paragraph("Earnings"), HtmlTestDocuments.Paragraph("Guidance"), HtmlTestDocuments.Paragraph("Shares"), "NATO SUMMIT 2024", HtmlTestDocuments.Paragraph("Summit"), "Read the full report of the commission here"],
            kept.Select(b => b.Text));
        Assert.Equal(
            [(RemovalReasons.Related, "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM"), (RemovalReasons.Related, "GET FOX BUSINESS ON THE GO BY CLICKING HERE")],
            removed.Audit.Select(r => (r.Reason, r.Text)));
    }
}
