using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Dates on byline lines, by the rules' month names (lines trimmed from dataset pages).</summary>
public sealed class BylineDatesTests
{
    private static readonly BylineDates Dates = new(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("05.04.2025 - Güncelleme : 05.04.2025")]
    [InlineData("19. Oktober 2019")]
    [InlineData("March 5, 2024")]
    [InlineData("| 5 mars 2021")]
    public void A_short_line_opening_with_a_date_is_a_date_line(string line) => Assert.True(Dates.IsDateLine(line));

    [Theory]
    [InlineData("Datum 12.01.2023")]
    [InlineData("19 Kommentare")]
    [InlineData("Kommentar")]
    [InlineData("05.04.2025 - Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu, şarj istasyonu sayısını bildirdi")]
    public void A_labelled_undated_or_long_line_is_no_date_line(string line) => Assert.False(Dates.IsDateLine(line));

    [Fact]
    public void A_month_that_opens_the_date_after_the_name_is_cut_from_it()
    {
        Assert.Equal("Erin Cunningham", Dates.NameWithoutMonth("Erin Cunningham March", " 5 at 7:46 PM"));
        Assert.Equal("Erin Cunningham March", Dates.NameWithoutMonth("Erin Cunningham March", " at 7:46 PM"));
        Assert.Equal("Jane May", Dates.NameWithoutMonth("Jane May", ""));
    }
}
