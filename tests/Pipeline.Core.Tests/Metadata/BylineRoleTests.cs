using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A writer's job title in a byline, on its own line or as a phrase with a field or a place, is a role and never a second author.</summary>
public sealed class BylineRoleTests
{
    private readonly BylineParser _parser = new(RuleSet.Embedded.Metadata);

    // Byline texts as the byline elements of datasets/fundus us/LATimes_2023_06_26 and de/DieWelt_2023_04_28 and of the
    // trafilatura page theatlantic.com.disasters read (block boundaries become " | ").
    [Theory]
    [InlineData("| | By Houston Mitchell | | Assistant Sports Editor | | |", "Houston Mitchell")]
    [InlineData("| | Von Holger Zschäpitz | Leitender Wirtschaftsredakteur | |", "Holger Zschäpitz")]
    [InlineData("| Leah C. Stokes | | Assistant professor of political science at UC Santa Barbara |", "Leah C. Stokes")]
    public void Job_title_on_its_own_line_after_the_name_is_no_second_author(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    // datasets/fundus es/ABC_2025_01_13 ("en" is also Dutch for "and") and de/FAZ_2024_04_17.
    [Theory]
    [InlineData("| Marta Cañete | | Corresponsal en Atenas |", "Marta Cañete")]
    [InlineData("| | Johannes Ritter Korrespondent für Politik und Wirtschaft in der Schweiz. | |", "Johannes Ritter")]
    public void Conjunction_inside_a_role_phrase_joins_the_role_and_its_place_or_field(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    // datasets/trafilatura linkedin.com.hoeltmann: the line under the name coordinates an unlisted job word with a role.
    [Theory]
    [InlineData("Inga Hoeltmann | Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office & Meetings", "Inga Hoeltmann")]
    [InlineData("Jane Doe | Gärtnerin und Expertin für Rosen", "Jane Doe")]
    public void Lone_word_joined_to_a_role_is_a_role_too(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    // Who took the pictures is credited for them, not for the story, however the label is written.
    [Theory]
    [InlineData("Story by Jane Doe • Photos by John Roe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe | Photography by John Roe", new[] { "Jane Doe" })]
    [InlineData("Von Hans Müller, Fotos von Petra Schmidt", new[] { "Hans Müller" })]
    [InlineData("Words and photos by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Photos by John Roe", new string[0])]
    public void Picture_credit_written_with_by_is_no_author(string text, string[] authors) =>
        Assert.Equal(authors, _parser.ParseLabelled(text).Authors);

    // A person after the role is still a second writer; names joined by "en" without a role stay two.
    [Theory]
    [InlineData("By Jane Doe, Staff Writer and John Roe", "Jane Doe", "John Roe")]
    [InlineData("Door Jan de Vries en Piet Jansen", "Jan de Vries", "Piet Jansen")]
    [InlineData("By Jane Doe | John Roe", "Jane Doe", "John Roe")]
    [InlineData("By | Jane Doe Senior Reporter | | John Roe Senior Reporter |", "Jane Doe", "John Roe")]
    public void Second_writer_after_a_role_or_a_conjunction_still_counts(string text, string first, string second) =>
        Assert.Equal([first, second], _parser.ParseLabelled(text).Authors);

    // datasets/fundus uk/DailyStar_2024_04_23: the section's link, then the label, then the writer.
    [Fact]
    public void Section_before_a_lone_writer_label_is_no_author() =>
        Assert.Equal(["Sophie Foster"], _parser.ParseLabelled("| Travel | | By | Sophie Foster | |").Authors);

    // The same row with the label written against the name.
    [Theory]
    [InlineData("| Travel | | By Sophie Foster |")]
    [InlineData("Hamburg | Von Sophie Foster")]
    public void Lone_word_before_a_labelled_writer_is_no_author(string row) =>
        Assert.Equal(["Sophie Foster"], _parser.ParseLabelled(row).Authors);

    // datasets/htmldate 1544178583 (sn.dk): place, date and time, the Danish writer's label "Af", then a contact line.
    [Fact]
    public void Danish_metadata_row_credits_only_its_agency()
    {
        var byline = _parser.ParseLabelled("Danmark - 10. marts 2020 kl. 20:00 | Af Ritzau | Kontakt redaktionen: sndk@sn.dk");
        Assert.Empty(byline.Authors);
        Assert.Equal(["Ritzau"], byline.Agencies);
    }

    // A name that opens with a label's letters ("Byron") is no label: the word before it stays as it was read.
    [Fact]
    public void Name_opening_with_a_label_s_letters_does_not_mark_a_kicker() =>
        Assert.Equal(["Paddy", "Byron Smith"], _parser.ParseLabelled("Paddy | Byron Smith").Authors);

    [Fact]
    public void Full_name_before_a_labelled_writer_stays_an_author() =>
        Assert.Equal(["Jane Doe", "Sophie Foster"], _parser.ParseLabelled("Jane Doe | By Sophie Foster").Authors);
}
