using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A lower-case word opening a byline element before a full name is a writer label, whatever the language.</summary>
public sealed class UnlistedWriterLabelTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p><strong>Chinas medizinische Versorgung ist, salopp gesagt, verbesserungswürdig: wenig qualifizierte Ärzte, viele Patienten und "
        + "eine ungerechte Ressourcenverteilung. Der Konzern Tencent hat sich zum Ziel gesetzt, das Gesundheitswesen zu revolutionieren.</strong></p>"
        + "<p>Tencent, das größte Social-Network-Unternehmen Chinas, hat eine Menge vor und investiert in viele Start-ups des Gesundheitswesens.</p>";

    // Trimmed from datasets/htmldate ldt.de: the theme writes "durch" (German "by") before the author's name in the author link.
    [Fact]
    public void A_lower_case_word_before_the_name_in_a_byline_element_is_the_label()
    {
        var html = "<html lang=\"de-DE\"><head><title>FALL IN LOVE WITH BLACK</title></head><body><article><h1>FALL IN LOVE WITH BLACK</h1>"
            + "<div class=\"post-meta\"><a class=\"post-meta-time\" href=\"https://www.ldt.de/ldtblog/2017/08/08/\">08/08/2017</a>"
            + "<a class=\"post-meta-author\" href=\"https://www.su-squad.de\">durch Stephan Markus</a><a href=\"#commentform\">Keine Kommentare</a></div>"
            + Story + "</article></body></html>";
        Assert.Equal(["Stephan Markus"], MetadataTestPages.Extract(Extractor, html).Authors);
    }

    // Trimmed from datasets/trafilatura 1337kultur.de: a contributors table, a handle in one row and the next contributor's name in the next.
    [Fact]
    public void A_handle_and_a_name_in_separate_cells_are_no_label_and_name()
    {
        var html = "<html lang=\"de\"><head><title>Folge 70</title></head><body><article><h1>Folge 70: Star Trek Picard</h1>" + Story
            + "<h3>Mitwirkende:</h3><table class=\"podlove-contributors-table\"><tbody><tr><td class=\"title_cell\"> maha</td></tr>"
            + "<tr><td class=\"title_cell\"> Alex Anna Belial</td></tr></tbody></table></article></body></html>";
        Assert.DoesNotContain("Alex Anna Belial", MetadataTestPages.Extract(Extractor, html).Authors);
    }
}
