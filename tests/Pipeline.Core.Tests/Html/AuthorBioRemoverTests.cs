using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>The writer's biography closing an article (endings trimmed from the fundus pages ZDF_2025_11_07 and fundus-eval CNBC_3).</summary>
public class AuthorBioRemoverTests
{
    private const string ZdfStory = "Am Ende seiner Rede verkündete Kremlchef Putin zwei neue Feiertage mit klangvollen Namen: Am 30. April soll \"der Tag der indigenen Minderheiten\" begangen werden.";
    private const string ZdfBio = "Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien.";
    private const string ZdfLiveblog = "Aktuelle Meldungen zu Russlands Angriff auf die Ukraine finden Sie jederzeit in unserem Liveblog:";
    private const string CnbcBio = "CNBC's Julia Boorstin is the author of \"When Women Lead,\" which weaves together the stories of women who have defied the odds to found and run successful organizations, with data explaining how they did it.";

    private static IReadOnlyList<TextBlock> Render(string html) => HtmlTestDocuments.Render(html);

    [Fact]
    public void A_closing_paragraph_that_opens_with_a_credited_author_is_dropped_as_a_bio()
    {
        var blocks = Render($"<p>{HtmlTestDocuments.Paragraph("Russland")}</p><p>{ZdfStory}</p><p><em>{ZdfBio}</em></p><p>{ZdfLiveblog}</p>");
        var removed = new PruneMap();

        var kept = AuthorBioRemover.Remove(blocks, ["Manuela Conrad"], removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Russland"), ZdfStory, ZdfLiveblog], kept.Select(b => b.Text));
        var bio = Assert.Single(removed.Audit);
        Assert.Equal((RemovalReasons.Byline, ZdfBio), (bio.Reason, bio.Text));
    }

    [Fact]
    public void A_short_possessive_before_the_name_still_opens_a_bio()
    {
        var blocks = Render($"<p>{HtmlTestDocuments.Paragraph("Changemakers")}</p><p>{HtmlTestDocuments.Paragraph("Leaders")}</p><p>{CnbcBio}</p>");

        var kept = AuthorBioRemover.Remove(blocks, ["Julia Boorstin"], new PruneMap());

        Assert.Equal([HtmlTestDocuments.Paragraph("Changemakers"), HtmlTestDocuments.Paragraph("Leaders")], kept.Select(b => b.Text));
    }

    [Fact]
    public void A_quotation_naming_the_author_an_earlier_paragraph_and_a_one_word_credit_are_kept()
    {
        const string review = "„Ich war echt geflasht! Leena Simon hat phantastisch viele relevante Quellen zusammengetragen.“";
        var blocks = Render($"<p>{ZdfBio}</p><p>{HtmlTestDocuments.Paragraph("Mitte")}</p><p>{HtmlTestDocuments.Paragraph("Ende")}</p><p>{review}</p>");

        Assert.Equal(blocks.Count, AuthorBioRemover.Remove(blocks, ["Manuela Conrad", "Leena Simon"], new PruneMap()).Count);
        var credited = Render($"<p>{ZdfStory}</p><p>{HtmlTestDocuments.Paragraph("Zwei")}</p><p>Redaktion ist erreichbar.</p>");
        Assert.Equal(credited.Count, AuthorBioRemover.Remove(credited, ["Redaktion"], new PruneMap()).Count);
    }
}
