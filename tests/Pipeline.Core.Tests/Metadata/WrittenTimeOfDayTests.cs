using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A time of day and a zone written beside a date make it an instant; a time without a zone leaves the day.</summary>
public sealed class WrittenTimeOfDayTests
{
    private static readonly DateBounds Bounds = new(new DateOnly(1990, 1, 1), new DateOnly(2030, 1, 1));
    private readonly DateTextScanner _scanner = DateTextScanner.For(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("By Jane Doe | March 5, 2024, 10:30 AM EST", "2024-03-05T10:30:00-05:00", "March 5, 2024, 10:30 AM EST")]
    // datasets/htmldate: "ET" is EDT in September and EST in January, as the New York zone's rules say.
    [InlineData("Sept. 8, 2020 at 9:22 a.m. ET", "2020-09-08T09:22:00-04:00", "Sept. 8, 2020 at 9:22 a.m. ET")]
    [InlineData("Jan. 8, 2020 at 9:22 p.m. ET", "2020-01-08T21:22:00-05:00", "Jan. 8, 2020 at 9:22 p.m. ET")]
    // datasets/aeb: the time and zone before the date.
    [InlineData("Updated 11:11 PM EST Nov 19, 2019", "2019-11-19T23:11:00-05:00", "11:11 PM EST Nov 19, 2019")]
    [InlineData("Published 10:30 GMT, 5 March 2024", "2024-03-05T10:30:00+00:00", "10:30 GMT, 5 March 2024")]
    [InlineData("05.03.2024, 10:30 Uhr MESZ", "2024-03-05T10:30:00+02:00", "05.03.2024, 10:30 Uhr MESZ")]
    [InlineData("5 March 2024 14:05 GMT+2", "2024-03-05T14:05:00+02:00", "5 March 2024 14:05 GMT+2")]
    [InlineData("5 March 2024 at 14:05 (UTC)", "2024-03-05T14:05:00+00:00", "5 March 2024 at 14:05 (UTC)")]
    [InlineData("Updated: Mar 05, 2024, 10:30 IST", "2024-03-05T10:30:00+05:30", "Mar 05, 2024, 10:30 IST")]
    public void Time_and_zone_beside_the_date_make_an_instant(string text, string iso, string raw)
    {
        var date = _scanner.FindFirst(text, Bounds);
        Assert.Equal(iso, date?.Iso);
        Assert.Equal(raw, date?.Raw);
        Assert.Equal(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), date?.Instant);
    }

    [Theory]
    [InlineData("05.03.2024, 10:30 Uhr")]
    // A lower-case word after the time is text, not a zone.
    [InlineData("March 5, 2024 at 10:30 est in the morning")]
    [InlineData("March 5, 2024. The meeting starts at 10:30 GMT")]
    public void Date_without_a_written_zone_stays_a_day(string text) =>
        Assert.Equal("2024-03-05", _scanner.FindFirst(text, Bounds)?.Iso);

    [Fact]
    public void Time_after_another_date_is_that_dates_time() =>
        Assert.Equal(["2024-03-04T10:30:00+00:00", "2024-03-05"], _scanner.Scan("March 4, 2024 10:30 GMT | March 5, 2024", Bounds).Select(f => f.Date.Iso));

    [Fact]
    public void Local_time_after_a_date_is_read_without_a_zone()
    {
        const string Text = "Jane Doe on March 5, 2024 at 2:18 PM";
        var found = _scanner.Scan(Text, Bounds).Single();
        Assert.Equal(new TimeOnly(14, 18), WrittenTimeOfDay.LocalTimeAfter(Text, found.Index + found.Length));
    }

    [Fact]
    public void Page_showing_only_its_written_time_and_zone_is_dated_to_that_instant()
    {
        var html = "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>"
            + "<div class=\"byline\">By Jane Doe</div><div class=\"date\">March 5, 2024, 10:30 AM EST</div>"
            + "<p>The city council voted on Tuesday to approve the new budget for the coming year, which includes funding for parks and roads.</p>"
            + "<p>Officials said the plan would be reviewed again in the spring after public hearings had been held in each neighbourhood.</p>"
            + "</article></body></html>";
        var metadata = MetadataTestPages.Extract(new HtmlMetadataExtractor(RuleSet.Embedded), html);
        Assert.Equal("2024-03-05T10:30:00-05:00", metadata.PublishedAt);
        Assert.Equal("March 5, 2024, 10:30 AM EST", metadata.PublishedAtRaw);
    }
}
