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
}
