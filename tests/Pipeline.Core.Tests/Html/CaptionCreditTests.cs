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
    [InlineData("Photo: Oakland Zoo", null, "Photo: Oakland Zoo")]
    [InlineData("(Foto: ABr)", null, "Foto: ABr")]
    [InlineData("© Foto: Johanna Link / Donna Magazin", null, "Foto: Johanna Link / Donna Magazin")]
    [InlineData("Titan in false colour, 2004. (Image: NASA/JPL/K. Retherford/SWRI)", "Titan in false colour, 2004.", "Image: NASA/JPL/K. Retherford/SWRI")]
    // fundus BBC and FreeBeacon: the picture's agency set where a caption would stand.
    [InlineData("Getty Images", null, "Getty Images")]
    [InlineData("AFP via Getty Images", null, "AFP via Getty Images")]
    [InlineData("Reuters", null, "Reuters")]
    public void Credit_written_into_the_caption_moves_to_the_credit(string caption, string? expectedCaption, string expectedCredit) =>
        Assert.Equal(new ArticleImage(expectedCaption, expectedCredit, "/a.jpg"), Credits.Separate(new ArticleImage(caption, null, "/a.jpg")));

    [Theory]
    // A sentence after the label is the caption going on, not a credit.
    [InlineData("Photo: the storm hit the harbour overnight. Boats were lost.")]
    [InlineData("Source: a study of 4,000 households across the country found rents rose faster than incomes in every region")]
    [InlineData("Abb. 3: Windmühlen waren in Holland der Energielieferant Nr. 1")]
    [InlineData("The new bridge seen from the river")]
    [InlineData("Getty Images sold its archive of the harbour to the city")]
    public void Caption_without_a_credit_at_its_end_stays_whole(string caption) =>
        Assert.Equal(new ArticleImage(caption, null, null), Credits.Separate(new ArticleImage(caption, null, null)));

    [Theory]
    [InlineData("(Image credit: Google)", "Image credit: Google")]
    [InlineData("( Reed Saxon / Associated Press)", "Reed Saxon / Associated Press")]
    [InlineData("Jane Roe (AP)", "Jane Roe (AP)")]
    [InlineData("(AP) Jane Roe (Reuters)", "(AP) Jane Roe (Reuters)")]
    public void A_credit_the_page_bracketed_whole_loses_its_brackets(string credit, string expected) =>
        Assert.Equal(new ArticleImage("A harbour at dawn.", expected, null), Credits.Separate(new ArticleImage("A harbour at dawn.", credit, null)));

    [Fact]
    public void Caption_that_only_repeats_the_credit_is_no_caption() =>
        Assert.Equal(new ArticleImage(null, "Paul Morigi/Getty Images", null), Credits.Separate(new ArticleImage("Paul Morigi/Getty Images", "Paul Morigi/Getty Images", null)));

    [Fact]
    public void Credit_the_page_marked_is_kept_and_the_written_one_leaves_the_caption() =>
        Assert.Equal(
            new ArticleImage("Protesters in the square.", "Jane Roe/AP", null),
            Credits.Separate(new ArticleImage("Protesters in the square. (Photo: Jane Roe/AP)", "Jane Roe/AP", null)));
}
