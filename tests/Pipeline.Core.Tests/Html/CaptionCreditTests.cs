using Pipeline.Core.Html;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public sealed class CaptionCreditTests
{
    private static readonly CaptionCredit Credits = new(RuleSet.Embedded.Html);

    [Theory]
    [InlineData("Samsung hat Probleme vor Gericht. (Bild: Tobias Költzsch/Golem.de)", "Samsung hat Probleme vor Gericht.", "Bild: Tobias Költzsch/Golem.de")]
    [InlineData("Die Argentinier stehen nach dem Sieg im Halbfinale. Foto: dpa", "Die Argentinier stehen nach dem Sieg im Halbfinale.", "Foto: dpa")]
    [InlineData("Liam Gavrielides Quelle: Juergen Hasenkopf", "Liam Gavrielides", "Quelle: Juergen Hasenkopf")]
    // DieWelt (fundus): the label run into the caption's closing bracket or last word, as the page sets it without a space.
    [InlineData("Mario Voigt (CDU) und Björn Höcke (AfD)Quelle: Hannes P. Albert/dpa", "Mario Voigt (CDU) und Björn Höcke (AfD)", "Quelle: Hannes P. Albert/dpa")]
    [InlineData("Bodo Ramelow (Linke) im MDR-StudioQuelle: Martin Schutt/dpa", "Bodo Ramelow (Linke) im MDR-Studio", "Quelle: Martin Schutt/dpa")]
    [InlineData("Photo: Oakland Zoo", null, "Photo: Oakland Zoo")]
    [InlineData("(Foto: ABr)", null, "Foto: ABr")]
    [InlineData("© Foto: Johanna Link / Donna Magazin", null, "Foto: Johanna Link / Donna Magazin")]
    [InlineData("Titan in false colour, 2004. (Image: NASA/JPL/K. Retherford/SWRI)", "Titan in false colour, 2004.", "Image: NASA/JPL/K. Retherford/SWRI")]
    // fundus BBC and FreeBeacon: the picture's agency set where a caption would stand.
    [InlineData("Getty Images", null, "Getty Images")]
    [InlineData("AFP via Getty Images", null, "AFP via Getty Images")]
    [InlineData("Reuters", null, "Reuters")]
    // A copyright mark closing the caption, however the page set it off (fundus BerlinerMorgenpost and Merkur, correctiv.org, adac.de).
    [InlineData("Rund um den Brandort gibt es Sperrungen. © DPA Images | Christoph Soeder", "Rund um den Brandort gibt es Sperrungen.", "DPA Images | Christoph Soeder")]
    [InlineData("AfD-Chef Martin Renner will Landeschef bleiben.© Ivo Mayr/ CORRECTIV.ORG", "AfD-Chef Martin Renner will Landeschef bleiben.", "Ivo Mayr/ CORRECTIV.ORG")]
    [InlineData("Prüfkandidaten in der ADAC Crashanlage ∙ © ADAC/Markus Zahradnik", "Prüfkandidaten in der ADAC Crashanlage", "ADAC/Markus Zahradnik")]
    [InlineData("CEO von FACC: Robert Machtlinger - © Wolfgang Wolak / picturedesk.com", "CEO von FACC: Robert Machtlinger", "Wolfgang Wolak / picturedesk.com")]
    [InlineData("Wer sagt, dass Radfahren nur etwas für warme Tage ist? (c) TV Thermen- & Vulkanland | pixelmaker.at", "Wer sagt, dass Radfahren nur etwas für warme Tage ist?", "TV Thermen- & Vulkanland | pixelmaker.at")]
    [InlineData("Der Nachfolger von Fifa 23 heißt EA FC. (© EA, Montage: Olaf Heß)", "Der Nachfolger von Fifa 23 heißt EA FC.", "EA, Montage: Olaf Heß")]
    [InlineData("© Vreni Frost", null, "Vreni Frost")]
    // msn.com: a credit after a credit; neither is a caption.
    [InlineData("© Provided by The Guardian Photograph: Paul Ellis/AFP/Getty", null, "Provided by The Guardian, Photograph: Paul Ellis/AFP/Getty")]
    // The New York Times' hidden "Credit" label run into the credit, once or twice (readability nytimes-3, -5).
    [InlineData("Workers learning how to fix water main breaks at a training center in Queens.CreditChang W. Lee/The New York Times", "Workers learning how to fix water main breaks at a training center in Queens.", "Chang W. Lee/The New York Times")]
    [InlineData("The source was rock salt that had seeped underground.CreditCreditChang W. Lee/The New York Times", "The source was rock salt that had seeped underground.", "Chang W. Lee/The New York Times")]
    [InlineData("CreditKim Raff for The New York Times", null, "Kim Raff for The New York Times")]
    // A photo agency bracketed or slashed after the caption's last sentence (AP, Washington Post, Berliner Zeitung, Forbes, El Diario).
    [InlineData("A farmer sits atop a tractor in Madrid, Spain, Monday, Feb. 26, 2024. (AP Photo/Bernat Armangue)", "A farmer sits atop a tractor in Madrid, Spain, Monday, Feb. 26, 2024.", "AP Photo/Bernat Armangue")]
    [InlineData("Gunmen stormed Tunisia's national museum. (Reuters)", "Gunmen stormed Tunisia's national museum.", "Reuters")]
    [InlineData("Auch im Sarganserland wurden steile Couloirs begangen (Foto: R. Grischott, 15.01.2022).", "Auch im Sarganserland wurden steile Couloirs begangen.", "Foto: R. Grischott, 15.01.2022")]
    [InlineData("A student erasing answers from a test (smolaw11/iStock)", "A student erasing answers from a test", "smolaw11/iStock")]
    [InlineData("Eingefrorenes Sperma in einer Klinik.Friso Gentsch/dpa", "Eingefrorenes Sperma in einer Klinik.", "Friso Gentsch/dpa")]
    [InlineData("Jamie Dimon speaks in Washington, DC. Win McNamee/Getty Images", "Jamie Dimon speaks in Washington, DC.", "Win McNamee/Getty Images")]
    [InlineData("El ministro de Exteriores de Portugal, Paulo Rangel. EFE/ J.J. Guillén", "El ministro de Exteriores de Portugal, Paulo Rangel.", "EFE/ J.J. Guillén")]
    [InlineData("Tłumy obywateli ruszyły do sklepów już pierwszego dnia po zniesieniu części obostrzeńELVIS GONZALEZ/PAP/EPA", "Tłumy obywateli ruszyły do sklepów już pierwszego dnia po zniesieniu części obostrzeń", "ELVIS GONZALEZ/PAP/EPA")]
    [InlineData("Crew were forced to take shelter from stowaways who threatened them AFP via Getty", "Crew were forced to take shelter from stowaways who threatened them", "AFP via Getty")]
    [InlineData("Biden’s approval rating came in at 38%. Photograph: Chip Somodevilla/Getty Images", "Biden’s approval rating came in at 38%.", "Photograph: Chip Somodevilla/Getty Images")]
    public void Credit_written_into_the_caption_moves_to_the_credit(string caption, string? expectedCaption, string expectedCredit) =>
        Assert.Equal(new ArticleImage(expectedCaption, expectedCredit, "/a.jpg"), Credits.Separate(new ArticleImage(caption, null, "/a.jpg")));

    [Theory]
    // A label word inside a lower-case word is no label ("autophoto: …" names no credit).
    [InlineData("Die Kamera speichert als autophoto: eine Serie")]
    // A sentence after the label is the caption going on, not a credit.
    [InlineData("Photo: the storm hit the harbour overnight. Boats were lost.")]
    [InlineData("Source: a study of 4,000 households across the country found rents rose faster than incomes in every region")]
    [InlineData("Abb. 3: Windmühlen waren in Holland der Energielieferant Nr. 1")]
    [InlineData("The new bridge seen from the river")]
    [InlineData("Getty Images sold its archive of the harbour to the city")]
    // A mark or an agency inside the caption's sentences, or opening a sentence that goes on, is no credit closing it.
    [InlineData("© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, Calif., on May 18, 2018.")]
    [InlineData("©5 Minuten Dank Filana müsst ihr euch um nichts kümmern!")]
    [InlineData("Protesters clash with police in Hong Kong, according to AP reporters at the scene")]
    [InlineData("The Credit Suisse tower in Zurich")]
    [InlineData("The rule set out in section 5(c) of the act")]
    public void Caption_without_a_credit_at_its_end_stays_whole(string caption) =>
        Assert.Equal(new ArticleImage(caption, null, null), Credits.Separate(new ArticleImage(caption, null, null)));

    [Theory]
    [InlineData("(Image credit: Google)", "Image credit: Google")]
    [InlineData("( Reed Saxon / Associated Press)", "Reed Saxon / Associated Press")]
    [InlineData("Jane Roe (AP)", "Jane Roe (AP)")]
    [InlineData("(AP) Jane Roe (Reuters)", "(AP) Jane Roe (Reuters)")]
    [InlineData("© Ben Stansall/AFP/Getty Images", "Ben Stansall/AFP/Getty Images")]
    [InlineData("(c) Hafenstaedter", "Hafenstaedter")]
    // A mark or a label alone names no one (EuronewsEN, fundus: "Copyright" in the credit element, the credit in the caption).
    [InlineData("©", null)]
    [InlineData("Copyright", null)]
    [InlineData("Photo:", null)]
    public void A_credit_the_page_bracketed_whole_or_opened_with_a_copyright_mark_loses_them(string credit, string? expected) =>
        Assert.Equal(new ArticleImage("A harbour at dawn.", expected, null), Credits.Separate(new ArticleImage("A harbour at dawn.", credit, null)));

    [Theory]
    // A gallery's counter (trafilatura d73e0fa0…: "1/2" over "Getty Images"), a date (Bild, fundus), a lone "0".
    [InlineData("1/2")]
    [InlineData("15.05.2023")]
    [InlineData("0")]
    public void A_caption_without_a_letter_is_no_caption(string caption) =>
        Assert.Equal(new ArticleImage(null, "Getty Images", "/a.jpg"), Credits.Separate(new ArticleImage(caption, "Getty Images", "/a.jpg")));

    [Fact]
    public void Caption_that_only_repeats_the_credit_is_no_caption() =>
        Assert.Equal(new ArticleImage(null, "Paul Morigi/Getty Images", null), Credits.Separate(new ArticleImage("Paul Morigi/Getty Images", "Paul Morigi/Getty Images", null)));

    [Fact]
    public void Credit_the_page_marked_is_kept_and_the_written_one_leaves_the_caption() =>
        Assert.Equal(
            new ArticleImage("Protesters in the square.", "Jane Roe/AP", null),
            Credits.Separate(new ArticleImage("Protesters in the square. (Photo: Jane Roe/AP)", "Jane Roe/AP", null)));
}
