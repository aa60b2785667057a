using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class BylineTidierTests
{
    [Theory]
    [InlineData("| Tom Davies | Associated Press | | | Published 11:34 PM EST Nov 19, 2019 |", "Tom Davies | Associated Press | Published 11:34 PM EST Nov 19, 2019")]
    [InlineData("| | | | | CNBC.com staff | | | | | WATCH LIVE", "CNBC.com staff | WATCH LIVE")]
    [InlineData("Rezept von | | | | jesusfreak | |", "Rezept von | jesusfreak")]
    [InlineData("By Jane Roe, Reuters", "By Jane Roe, Reuters")]
    [InlineData("| | |", null)]
    [InlineData(null, null)]
    public void Empty_parts_between_separators_are_dropped(string? byline, string? expected) =>
        Assert.Equal(expected, BylineTidier.Tidy(byline));

    // Linked names read apart: the comma after each link stood alone.
    [Theory]
    [InlineData("By Jane Doe , John Roe and Max Mustermann", "By Jane Doe, John Roe and Max Mustermann")]
    [InlineData("Jane Doe (Reuters )", "Jane Doe (Reuters)")]
    [InlineData(", Jane Doe", ", Jane Doe")]
    public void Space_before_a_comma_or_closing_bracket_is_dropped(string byline, string expected) =>
        Assert.Equal(expected, BylineTidier.Tidy(byline));
}
