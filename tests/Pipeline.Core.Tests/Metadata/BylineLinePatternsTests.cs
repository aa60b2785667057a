using System.Text;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class BylineLinePatternsTests
{
    [Theory]
    [InlineData("25.10.2022 - Reiner Nagel", "25.10.2022", "Reiner Nagel")]
    [InlineData("04.02.2022 | 13:10 Uhr | Uta Helkenberg", "04.02.2022 | 13:10 Uhr", "Uta Helkenberg")]
    [InlineData("Aktualisiert am 3. Mai 2021 – Boris T. Kaiser", "Aktualisiert am 3. Mai 2021", "Boris T. Kaiser")]
    public void Date_then_name_splits_the_date_from_the_name_ending_the_line(string line, string date, string name)
    {
        var match = BylineLinePatterns.DateThenName().Match(line);

        Assert.True(match.Success);
        Assert.Equal(date, match.Groups["date"].Value);
        Assert.Equal(name, match.Groups["name"].Value);
    }

    [Theory]
    [InlineData("Heute - Reiner Nagel")]
    [InlineData("25.10.2022 - Reiner Nagel sagt")]
    public void Date_then_name_needs_a_digit_before_the_separator_and_only_a_name_after_it(string line) =>
        Assert.DoesNotMatch(BylineLinePatterns.DateThenName(), line);

    [Fact]
    public async Task Date_then_name_answers_a_megabyte_line_full_of_digits_at_once()
    {
        // The text of a page whose markup is broken into one line: backtracking over each digit made this take minutes.
        var line = new StringBuilder();
        while (line.Length < 1_000_000)
        {
            line.Append("12 ab - cd 3 ");
        }

        var matched = await Task.Run(() => BylineLinePatterns.DateThenName().IsMatch(line.ToString())).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(matched);
    }
}
