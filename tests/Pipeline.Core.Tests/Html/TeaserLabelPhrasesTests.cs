using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

/// <summary>The shipped wording of teaser labels, in the languages the datasets carry, and what it leaves alone.</summary>
public class TeaserLabelPhrasesTests
{
    private static readonly TeaserLabelPhrases Phrases = new(RuleSet.Embedded);

    [Theory]
    [InlineData("Auch interessant")]
    [InlineData("Lesen Sie auch:")]
    [InlineData("Mehr zum Thema Hitzeschäden")]
    [InlineData("Para saber más")]
    [InlineData("Te puede interesar")]
    [InlineData("À lire aussi")]
    [InlineData("Lire aussi :")]
    [InlineData("Leggi anche")]
    [InlineData("Czytaj także")]
    [InlineData("READ MORE:")]
    [InlineData("Related stories")]
    [InlineData("You might also like")]
    public void Labels_set_before_teaser_boxes_match(string label) => Assert.True(Phrases.Matches(label));

    [Theory]
    [InlineData("Die Pläne der Stadt")]
    [InlineData("Results")]
    [InlineData("Read more about the vote in Parliament on Monday, when the bill passed")]
    [InlineData("Más información sobre el caso")]
    public void Section_titles_and_sentences_do_not(string label) => Assert.False(Phrases.Matches(label));

    [Theory]
    [InlineData("Mehr zur Lage in der Ukraine lesen Sie in unserem Liveblog:")]
    [InlineData("Read our full coverage here:")]
    [InlineData("Aktuelle Meldungen finden Sie jederzeit in unserem Liveblog:")]
    [InlineData("Weitere Top-Artikel zu diesem Themengebiet:")]
    [InlineData("More:")]
    [InlineData("Lesen Sie auch:")]
    public void Lead_ins_that_point_to_another_page_match(string line) => Assert.True(Phrases.MatchesLeadIn(line));

    [Theory]
    [InlineData("Follow the latest updates below:")]
    [InlineData("Vybrané dílčí ukazatele Indexu prosperity:")]
    [InlineData("Here's what to know:")]
    [InlineData("Read more about the vote. Then see the list here")]
    public void Lead_ins_to_the_story_itself_do_not(string line) => Assert.False(Phrases.MatchesLeadIn(line));
}
