using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class HeadlineContractionTests
{
    [Theory]
    // fundus uk/Metro_2024_11_29: one word left out, quotes typed another way.
    [InlineData("Sweden tells 5,000,000 households ‘how to survive WWIII’ in new war pamphlet", "Sweden tells 5,000,000 households 'how to survive WWIII' in war pamphlet")]
    // fundus uk/EuronewsEN_2026_01_06: words left out in two places.
    [InlineData("As Trump pitches Venezuelan oil dream for US companies, experts warn it won't be cheap or easy", "As Trump pitches Venezuelan oil dream, experts warn it won't be easy")]
    // fundus us/APNews_2024_09_03: the article follows the word after the run left out.
    [InlineData("The presidential campaigns brace for an intense sprint to Election Day", "The presidential campaigns brace for a sprint to Election Day")]
    public void Declared_title_with_a_few_inner_words_left_out_is_the_filed_headline(string shown, string declared) =>
        Assert.Equal(declared, HeadlineContraction.Find(shown, [declared]));

    [Theory]
    // A kicker dropped at the start and a tail cut at the end are settled elsewhere (fundus uk/DailyMail_2024_04_27, de/NTV_2023_04_28).
    [InlineData("Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck", "Your $1 bill could be worth up THOUSANDS - here's how to check")]
    [InlineData("Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", "Judy Lybke, ganz und gar nicht eigenartig")]
    // A rewrite, not an edit: words changed in three places (fundus de/Merkur_2023_04_28).
    [InlineData("Nostradamus-Vorhersage lässt Zweifel aufkommen: Ist König Charles III. gar nicht der richtige Thronfolger?", "Nostradamus-Vorhersage sät Zweifel: Ist König Charles III. nicht der richtige Thronfolger?")]
    // A word of the shorter title's own that is no article (AEB 9cb8224b).
    [InlineData("The Doobie Brothers Set 50th Anniversary Tour of North America", "The Doobie Brothers Set 2020 Tour of North America")]
    // More than five words left out: another headline.
    [InlineData("Council approves the new harbour plan after a long and bitter public debate", "Council approves the debate")]
    // The same words: nothing left out.
    [InlineData("Council approves the new harbour plan", "Council approves the new harbour plan")]
    public void Other_differences_are_no_contraction(string shown, string declared) =>
        Assert.Null(HeadlineContraction.Find(shown, [declared]));

    [Fact]
    public void Most_trusted_contraction_is_taken_first()
    {
        const string Shown = "Swedish police to investigate reports of information leaks to violent gangs";

        var filed = HeadlineContraction.Find(Shown, [Shown, "Swedish police to investigate reports of leaks to violent gangs", "Swedish police to investigate leaks to violent gangs"]);

        Assert.Equal("Swedish police to investigate reports of leaks to violent gangs", filed);
    }

    [Fact]
    public void Headline_of_four_words_is_too_short_to_tell_inner_words_from_ends() =>
        Assert.Null(HeadlineContraction.Find("Storm hits coast hard", ["Storm hits hard"]));
}
