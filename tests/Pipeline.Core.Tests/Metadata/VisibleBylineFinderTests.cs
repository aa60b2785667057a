using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A written "By Jane Doe" near the heading.</summary>
public sealed class VisibleBylineFinderTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private readonly ArticleHeadScanner _scanner = new(Rules);
    private readonly VisibleBylineFinder _finder;

    public VisibleBylineFinderTests()
    {
        var bylines = new BylineParser(Rules);
        _finder = new VisibleBylineFinder(bylines, new HeadingLineBylineFinder(Rules, bylines));
    }

    [Fact]
    public void The_byline_written_with_soft_hyphens_ends_where_its_paragraph_ends()
    {
        // courage-online.de: the hyphenating template's byline paragraph, then the story's first paragraph opening with a name.
        using var document = HtmlDocumentParser.Parse("<html><body><article><h1>Erfinderinnen: Ann Kiessling und ihre Forschung</h1>"
            + "<div><p><span><strong>Von Mat\u00ADthi\u00ADas Lauerer</strong></span></p></div><div><p><span>Ann Kiess\u00ADling hat vie\u00ADle wich\u00ADti\u00ADge Ent\u00ADde\u00ADckun\u00ADgen gemacht.</span></p></div></article></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), document.QuerySelector("article"), personOnly: true);
        Assert.Equal("Von Matthias Lauerer", found?.Text);
        Assert.Equal(["Matthias Lauerer"], found?.Byline.Authors);
    }

    [Fact]
    public void The_byline_ends_where_its_paragraph_ends_before_the_dateline()
    {
        // laprensalatina.com: the byline paragraph, then the EFE dateline paragraph.
        using var document = HtmlDocumentParser.Parse("<html><body><article><h1>Uncertain future for Britain's essential workers after Brexit</h1>"
            + "<div class=\"entry-content\"><p>By Cristina Alonso</p><p>London, Jun 11 (efe-epa).- The coronavirus pandemic has highlighted the importance of foreign workers.</p></div></article></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), document.QuerySelector("article"), personOnly: false);
        Assert.Equal("By Cristina Alonso", found?.Text);
        Assert.Equal(["Cristina Alonso"], found?.Byline.Authors);
    }

    [Fact]
    public void The_byline_closing_a_long_dek_ends_where_the_dek_ends()
    {
        // kath.net: a bold dek that ends with its writer, then the story's first paragraph opening with the dateline's place.
        using var document = HtmlDocumentParser.Parse("<html lang=\"de\"><body><article><h1>Der Tag, an dem sich der Menschensohn offenbart</h1>"
            + "<p><b>Benedikt XVI. – Licht des Glaubens: wer sein Leben zu bewahren sucht, wird es verlieren; wer es dagegen verliert, wird es gewinnen. Von Armin Schwibach</b></p>"
            + "<p>Rom (kath.net/as) Freitag der 32. Woche im Jahreskreis, Gedenktag des heiligen Josaphat, geboren als Jan Kuncewicz.</p></article></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), document.QuerySelector("article"), personOnly: false);
        Assert.Equal("Von Armin Schwibach", found?.Text);
        Assert.Equal(["Armin Schwibach"], found?.Byline.Authors);
    }

    [Theory]
    [InlineData(false, "Agencia EFE")]
    [InlineData(true, null)]
    public void A_catalogued_agency_is_a_byline_unless_only_a_person_may_be_credited(bool personOnly, string? expected)
    {
        using var document = HtmlDocumentParser.Parse("<html lang=\"es\"><body><h1>Segundo retiro de fondos</h1><p>Por Agencia EFE</p><p>El Senado aprobó el proyecto.</p></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), null, personOnly);
        Assert.Equal(expected, found?.Byline.Agencies.SingleOrDefault());
    }

    [Theory]
    [InlineData("de", "Autor/in: Korinna Hennig", "Korinna Hennig")]
    [InlineData("de", "Autor*in: Evan Tepest", "Evan Tepest")]
    [InlineData("fr", "Par : Bastien Claverie", "Bastien Claverie")]
    [InlineData("fr", "Auteure : Claire Martin", "Claire Martin")]
    public void Inclusive_writer_labels_and_a_french_spaced_colon_introduce_the_written_byline(string language, string line, string author)
    {
        using var document = HtmlDocumentParser.Parse("<html lang=\"" + language + "\"><body><h1>Coronavirus-Update: Abkürzungen bei der Impfstoffzulassung</h1><p>" + line
            + "</p><p>Die Impfstoffentwicklung läuft weltweit auf Hochtouren, und die Behörden prüfen schnellere Wege.</p></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), null, personOnly: true);
        Assert.Equal([author], found?.Byline.Authors);
    }

    [Fact]
    public void A_byline_on_the_first_line_of_a_paragraph_ends_at_the_line_break()
    {
        // reitschuster.de: "Von Daniel Weinmann", a line break, a counting pixel, a line break, then the story's first sentence.
        using var document = HtmlDocumentParser.Parse("<html lang=\"de\"><body><article><h1>Tagesschau unterschlägt Hass-Demo in Essen</h1><div class=\"content\">"
            + "<p>Von Daniel Weinmann<br/>\n<img src=\"https://vg02.met.vgwort.de/na/8b0b\" alt width=\"1\" height=\"1\" /><br/>\nSie ist nicht nur – nach eigenen Angaben – die erfolgreichste "
            + "Nachrichtensendung Deutschlands. Sie ist auch die älteste und meistgesehene Nachrichtensendung Deutschlands. Die 20-Uhr-Ausgabe der Tagesschau erreichte "
            + "laut Statista im vergangenen Jahr durchschnittlich rund 10,13 Millionen Zuschauer pro Sendung.</p>"
            + "<p>Umso erschreckender ist unausgewogene Berichterstattung mit Blick auf die Lage im Land.</p></div></article></body></html>");
        var found = _finder.Find(_scanner.Scan(document, null), document.QuerySelector("article"), personOnly: false);
        Assert.Equal("Von Daniel Weinmann", found?.Text);
        Assert.Equal(["Daniel Weinmann"], found?.Byline.Authors);
    }
}
