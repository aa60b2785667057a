using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>Publication and update stamps printed as lines of a text dump (w3m dumps of AEB pages).</summary>
public class StampLineDetectorTests
{
    private static readonly StampLineDetector Detector = new(RuleSet.Embedded.Text, RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019")]
    [InlineData("20 Nov 2019 08:00 GMT")]
    [InlineData("Nov. 20, 2019, 9:28 AM UTC")]
    [InlineData("Published 10:02 AM EST Nov 19, 2019")]
    [InlineData("Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.")]
    [InlineData("Published 1 day ago")]
    [InlineData("Updated 10:01 pm PST, Tuesday, November 19, 2019")]
    [InlineData("segunda-feira, 22 de janeiro de 2018 às 0:13")]
    [InlineData("November 18, 2019")]
    public void A_line_of_dates_labels_times_and_zones_only_is_a_stamp(string line) => Assert.True(Detector.IsStamp(line));

    [Fact]
    public void A_stamp_whose_year_time_and_next_label_ran_together_is_a_stamp()
    {
        // AEB dump ffc109d4 (CNBC): w3m printed the year against the time and the zone against "Updated".
        var blocks = Detector.Apply(Page("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST"));
        Assert.Equal(TextRole.Stamp, Assert.Single(blocks).Role);
    }

    [Theory]
    [InlineData("(Published Monday, Nov. 18, 2019)")] // a note the story makes on itself, under a reprinted letter
    [InlineData("November 20, 2019 Emiliano Bellini")] // a name beside the date
    [InlineData("— Robert Maguire (@RobertMaguire_) November 18, 2019")] // an embedded tweet's signature
    [InlineData("4:14 p.m.")] // a time alone: a live blog's entry, no date
    [InlineData("Wordcount: 717")]
    [InlineData("On November 18, 2019 the council met at 10:00 to vote on the budget.")]
    public void A_line_with_anything_else_beside_its_date_is_no_stamp(string line) => Assert.False(Detector.IsStamp(line));

    [Fact]
    public void A_stamp_leaves_the_text_as_a_byline_line_and_is_known_as_a_stamp()
    {
        var blocks = Detector.Apply(Page("Alibaba to raise up to $12.9bn", "Wednesday 20 November 2019 9:22 am", "Alibaba is set to raise up to $12.9bn from its listing."));

        Assert.Equal([Kept, RemovalReasons.Byline, Kept], Reasons(blocks));
        Assert.Equal(TextRole.Stamp, blocks[1].Role);
    }

    [Theory]
    [InlineData("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35", "PUBLISHED: 10:48", "PUBLISHED: 10:48")] // Express
    [InlineData("5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e", "9:28 AM UTC", "9:28 AM UTC")] // NBC News
    public void A_dumps_stamp_is_out_of_the_story_text(string id, string absent, string removed)
    {
        var article = CleanDump(id);

        Assert.DoesNotContain(absent, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text.Contains(removed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e", "The man whose duvet nearly killed him: How this medical mystery was solved")] // CNN: was "1 day ago"
    [InlineData("7ab16ade32386ece353b8d31fc3bb7e660189efd5bf3c8549aaba101ad3f5ef5", "Is Football Violence a Crime?")] // WSJ: was "Nov. 18, 2019 7:04 pm ET"
    public void A_stamp_is_never_a_dumps_title(string id, string title) => Assert.Equal(title, CleanDump(id).Title);

    [Theory]
    [InlineData("360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469", "2019-11-20")] // City A.M.: "Wednesday 20 November 2019 9:22 am" just above the headline
    [InlineData("2f42ef1d3ea0c96e56355d3db93d0e06b47e760b74f6f4261278b8cd1c246dd6", "2019-11-14")] // Wired: its section menu between the page's title and the stamp
    public void The_stamp_by_a_dumps_headline_dates_the_post(string id, string day) => Assert.Equal(day, CleanDump(id).PublishedAt);

    [Fact]
    public void An_update_stamp_on_the_line_under_the_headline_is_read_as_the_update()
    {
        // The Spokesman-Review: the headline, then "UPDATED: Tue., Nov. 19, 2019" at the next line's start.
        Assert.Equal("2019-11-19", CleanDump("c13b9c0e04fb28d445d22e92bff6ab7f7800a429930677c28c4dad89f3269869").UpdatedAt);
    }
}
