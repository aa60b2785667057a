using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The site's name read from what the document title sets after the article's title, when no tag declares it.</summary>
public sealed class DocumentTitleSiteTests
{
    // Titles and hosts from dataset pages (trafilatura stuttgart.de and jamaica.gleaner.com, htmldate pbrunst.de, fundus Taz).
    [Theory]
    [InlineData("Bohnenviertel - Stadt Stuttgart", "Bohnenviertel", null, "Stadt Stuttgart")]
    [InlineData("Update | Deceased Clarendon crash victims identified | News | Jamaica Gleaner", "Update | Deceased Clarendon crash victims identified", "jamaica-gleaner.com", "Jamaica Gleaner")]
    [InlineData("Kein Cyberterrorismus (diesmal) «  Dr. Phillip W. Brunst", "Kein Cyberterrorismus (diesmal)", null, "Dr. Phillip W. Brunst")]
    [InlineData("Entwurf des Selbstbestimmungsgesetzes: Ein bisschen Fortschritt - taz.de", "Entwurf des Selbstbestimmungsgesetzes: Ein bisschen Fortschritt", "taz.de", "taz.de")]
    [InlineData("Zähne zusammenbeißen | Exxpress", "Zähne zusammenbeißen", "exxpress.at", "Exxpress")]
    [InlineData("Warnung vor Sturm | ZAMG", "Warnung vor Sturm", null, "ZAMG")]
    public void Last_part_after_the_title_names_the_site(string documentTitle, string title, string? host, string expected) =>
        Assert.Equal(expected, DocumentTitleSite.From(documentTitle, title, host));

    [Theory]
    // A section or a page number after the title is no site's name (sn.dk, pocketpc.ch, archiv.krimiblog.de).
    [InlineData("Ny vej åbner | Danmark", "Ny vej åbner", "sn.dk")]
    [InlineData("Microsoft beginnt Auslieferung | Seite 34", "Microsoft beginnt Auslieferung", "www.pocketpc.ch")]
    [InlineData("Musikvideo | Gegründet 2005 | 6. Jahrgang", "Musikvideo", "archiv.krimiblog.de")]
    [InlineData("Schöne Tore am Wochenende - Fußball", "Schöne Tore am Wochenende", null)]
    [InlineData("스포츠 포토 | 스포츠 > 스포츠 포토", "스포츠 포토", "news.chosun.com")]
    // The title does not open the document title, or nothing but words follow it.
    [InlineData("The Daily | Council approves budget", "Council approves budget", null)]
    [InlineData("Council approves budget again", "Council approves budget", null)]
    [InlineData("Council approves budget", "Council approves budget", null)]
    public void Section_page_number_or_unrelated_title_names_no_site(string documentTitle, string title, string? host) =>
        Assert.Null(DocumentTitleSite.From(documentTitle, title, host));

    [Theory]
    [InlineData("", "The Daily")]
    [InlineData("<meta property=\"og:site_name\" content=\"Daily Planet\">", "Daily Planet")]
    public void Page_reports_the_declared_site_else_the_one_its_title_names(string declared, string expected)
    {
        var html = "<html><head><title>Council approves budget - The Daily</title>" + declared + "</head><body><article><h1>Council approves budget</h1>"
            + "<p>The city council voted on Tuesday to approve the new budget for the coming year, which includes funding for parks and roads.</p></article></body></html>";
        Assert.Equal(expected, MetadataTestPages.Extract(new HtmlMetadataExtractor(RuleSet.Embedded), html).SiteName);
    }
}
