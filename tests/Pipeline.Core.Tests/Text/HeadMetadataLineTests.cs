using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>The heading-shaped lines w3m prints between a story's headline and its text (AEB dumps), told from headlines.</summary>
public class HeadMetadataLineTests
{
    private static readonly HeadMetadataLine Head = new(
        Patterns, new StampLineDetector(RuleSet.Embedded.Text, RuleSet.Embedded.Metadata), new AgencyCatalog(RuleSet.Embedded.Metadata));

    [Theory]
    [InlineData("Chris Davies - Nov 19, 2019, 10:31 pm CST")] // a name beside a date and a time
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossignol")]
    [InlineData("5:45 AM PST 11/19/2019 by Patrick Shanley")]
    [InlineData("LinkNaija October 06, 2018")] // a site's name beside a date
    [InlineData("September 10, 2018 | by Catherine")]
    [InlineData("5:50 PM")]
    [InlineData("Tempo de leitura: 1 minuto")] // reading time
    [InlineData("Nov 18, 2019 at 9:24 pm ET • 2 min read")]
    [InlineData("New, 6 comments")]
    [InlineData("0shares")]
    [InlineData("Sharing is caring!")]
    [InlineData("Share this with Twitter")]
    [InlineData("Share All sharing options for: Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct")]
    [InlineData("Get short URL")]
    [InlineData("Close share panel")]
    [InlineData("Email Twitter Facebook fb-messenger")]
    [InlineData("Filed to:Weird medicine")]
    [InlineData("Natasha Turak@NatashaTurak")] // a handle glued to the name
    [InlineData("Bryan DeArdo mugshot")]
    [InlineData("Representative image. (AFP file photo)")] // a picture's caption and credit
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Al Goldis, Associated Press")] // a picture credit naming an agency
    [InlineData("Your “success mindset” matters. Here’s why:")] // a label introducing what follows
    public void A_line_about_the_story_is_head_metadata(string line) => Assert.True(Head.IsMetadata(line));

    [Theory]
    [InlineData("Julian Assange: Sweden drops rape investigation")]
    [InlineData("The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message")]
    [InlineData("2018 Boys State Swim Results")] // a year is no date
    [InlineData("South Dakota doubles down on its anti-meth campaign after the November 18, 2019 launch")] // a date among many words
    [InlineData("Reuters reporters freed after more than 500 days in a Myanmar prison")] // an agency named in passing
    [InlineData("Share prices tumble as the central bank raises rates")]
    public void A_headline_is_no_head_metadata(string line) => Assert.False(Head.IsMetadata(line));

    [Theory]
    [InlineData("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies")]
    [InlineData("LinkNaija October 06, 2018", null)] // one word: as often the site's name
    [InlineData("Chris Davies", null)] // no date
    [InlineData("Julian Assange: Sweden drops rape investigation", null)]
    [InlineData("Nov 18, 2019 at 9:24 pm ET • 2 min read", null)]
    public void A_name_beside_a_date_is_read_off_the_line(string line, string? name) => Assert.Equal(name, Head.DatedName(line));
}
