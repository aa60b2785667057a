using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>The words a heading shares with the opening of the story under it.</summary>
public class HeadlineEchoTests
{
    private static readonly HeadlineEcho Echo = new(RuleSet.Embedded.Metadata, RuleSet.Embedded.Text);

    private static readonly IReadOnlyList<TextBlock> Story = Page(
        "Copy this link",
        "",
        "A man in Scotland nearly died after new feather bedding inflamed his lungs, doctors wrote in a case study that would help others.",
        "",
        "Short line",
        "",
        "The duvet and pillows had been bought a few weeks earlier, and the symptoms came on quickly after that.",
        "",
        "Doctors call the condition feather duvet lung, a form of hypersensitivity pneumonitis seen in bird keepers.",
        "",
        "A fourth paragraph about the hospital could tell anything else about the weather, Walmart or Megabus.");

    [Fact]
    public void The_lead_is_the_telling_words_of_the_first_three_paragraphs_of_prose()
    {
        var lead = Echo.LeadWords(Story, 0, Story.Count - 1);

        Assert.Contains("duvet", lead);
        Assert.Contains("pneumonitis", lead);
        Assert.DoesNotContain("walmart", lead); // a fourth paragraph
        Assert.DoesNotContain("copy", lead); // no prose
        Assert.DoesNotContain("after", lead); // a function word
    }

    [Theory]
    [InlineData("How This Man’s Bedding Gave Him ‘Feather Duvet Lung’", 4)] // bedding, feather, duvet, lung
    [InlineData("Walmart CEO: 'We would go away at any minute'", 0)] // "would" is any English text's
    [InlineData("BLACK DEATH FEARS", 0)]
    public void A_heading_shares_its_telling_words_with_the_lead(string heading, int shared) =>
        Assert.Equal(shared, Echo.Shared(heading, Echo.LeadWords(Story, 0, Story.Count - 1)));
}
