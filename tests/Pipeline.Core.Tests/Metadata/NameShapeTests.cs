using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>What a byline's parts look like by their shape.</summary>
public sealed class NameShapeTests
{
    [Theory]
    [InlineData("Jose de la Cruz", true)]
    [InlineData("Ursula von der Leyen", true)]
    [InlineData("Cortyn", false)]
    [InlineData("early internet culture", false)]
    public void A_persons_name_is_two_to_five_capitalised_words(string text, bool expected) =>
        Assert.Equal(expected, NameShape.LooksLikePersonName(text));

    [Theory]
    [InlineData("La información es de Cristian Cerna", true)]
    [InlineData("Les Membres du Choeur de Radio France", false)]
    [InlineData("Die Redaktion von Battery News", false)]
    public void A_clause_has_a_long_lower_case_word_among_four_or_more(string text, bool expected) =>
        Assert.Equal(expected, NameShape.ReadsAsSentence(text));

    [Fact]
    public void Capitalised_single_words_as_written_list_topics_but_handles_do_not()
    {
        Assert.True(NameShape.ListsTopics(["International", "Photovoltaik", "Speicher"], "CSP / International / Photovoltaik / Speicher"));
        Assert.False(NameShape.ListsTopics(["Hosb", "Kesm", "Srf"], "hosb;kesm;srf"));
        Assert.False(NameShape.ListsTopics(["배윤경", "이상현", "한수진"], "배윤경 이상현 한수진 기자"));
    }

    [Theory]
    [InlineData("ACLU Racial Justice Program", true)]
    [InlineData("AMP Project Marketing", true)]
    [InlineData("André Oliver KLEIN", false)]
    [InlineData("MTHOBISI SITHOLE", false)]
    public void An_acronym_then_ordinary_words_leads_an_affiliation(string text, bool expected) =>
        Assert.Equal(expected, NameShape.AcronymLed().IsMatch(text));

    [Fact]
    public void A_biography_keeps_its_subject() =>
        Assert.Equal("Scott Gilbertson | ", NameShape.BiographySentence().Replace("Scott Gilbertson is a senior writer for WIRED. He studied at the University of Georgia.", "${name} | "));

    [Fact]
    public async Task A_biography_is_looked_for_at_once_in_a_megabyte_of_capitals_run_together()
    {
        // A damaged page's author meta of "ABCABC…" with no space: each capital started a name that ran to the end of the text.
        var text = string.Concat(Enumerable.Repeat("ABC", 350_000));

        var found = await Task.Run(() => NameShape.BiographySentence().IsMatch(text)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(found);
    }

    [Theory]
    [InlineData("Jane Doe is a senior writer for the paper.", "Jane Doe")]
    [InlineData("(Jane Doe is a senior writer)", "Jane Doe")]
    [InlineData("McJane Doe is a senior writer.", "McJane Doe")]
    public void A_biographys_subject_starts_a_word(string text, string name) =>
        Assert.Equal(name, NameShape.BiographySentence().Match(text).Groups["name"].Value);
}
