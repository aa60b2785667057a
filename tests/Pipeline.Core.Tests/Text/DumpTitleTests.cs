using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>The headline of a w3m dump (AEB pages), above the byline, dates, credits and share buttons w3m prints under it.</summary>
public class DumpTitleTests
{
    [Theory]
    [InlineData("06ee193d", "The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message")] // was "Chris Davies - Nov 19, 2019, 10:31 pm CST"
    [InlineData("65ce3a45", "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible")] // was "Al Goldis, Associated Press"
    [InlineData("1f765c48", "Royal Self-Indicting Arrogance")] // was "21:17 18.11.2019Get short URL"
    [InlineData("23aaecd1", "Uma palinha das brincadeiras musicais do grupo Serelepe")] // was "Tempo de leitura: 1 minuto"
    [InlineData("0e014df6", "Hiking the Boulder Flat Irons")] // was "Sharing is caring!"
    [InlineData("c7e39ac4", "Julian Assange: Sweden drops rape investigation")] // was "Media captionWho is Julian Assange?", past a share panel
    [InlineData("7f93c194", "Cannabis Use Disorder is Rising in U.S. States Where Weed is Legal")] // was the tag line "Health Marijuana Cannabis Weed"
    [InlineData("8b194530", "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease")] // was the kicker "BLACK DEATH FEARS"
    [InlineData("bc13ff87", "Major WeWork layoffs to begin today")] // not the dek under it
    [InlineData("9eef8162", "The man whose duvet nearly killed him: How this medical mystery was solved")] // not a teaser list's item beside it
    [InlineData("3cb22bfa", "2020 Audi e-tron Sportback revealed as electric 4-door coupe")] // was the site name "SlashGear": the headline is printed three times
    [InlineData("51374560", "Home Depot sales miss, shares plunge")] // was "Watch TV": the body opened with a notice over the copyright line, and a video's title stands under the byline
    [InlineData("851498a2", "The Disappearance of John M. Ford")] // was a picture's description set as a heading under the byline
    [InlineData("776a1c04", "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?")] // was the banner over it: a question reads as prose
    [InlineData("ec7fc408", "How to Adopt an Online Leader Success Mindset")] // was its section's label in capitals over it, "GROWING AN ONLINE BUSINESS"
    [InlineData("e1c7023e", "Hibernating astronauts would need smaller spacecraft")] // was the breadcrumb's "2. Astronomy & Space": the headline, printed four times, stands over the byline
    [InlineData("9ebb3af6", "New car sales plunge 10 percent in October")] // was a teaser's "Set a career goal for every month of 2016"
    public void A_dumps_title_is_its_headline_not_a_line_of_its_head(string id, string title) => Assert.Equal(title, CleanDump(id).Title);

    [Theory]
    [InlineData("0e014df6", "2014-09-15")] // "by Regan September 15, 2014" under the headline
    [InlineData("23aaecd1", "2018-09-27")] // "Carlos Nadalim 27/09/2018 Comente! …"
    [InlineData("65ce3a45", "2019-11-19T23:11:00-05:00")] // "Published 11:11 PM EST Nov 19, 2019"
    [InlineData("374ac9a5", "2019-11-20T04:29:00-05:00")] // "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago": year, time, zone and label run together
    [InlineData("851498a2", "2019-11-15")] // "Nov 15, 20195:45 AM" under the byline, which a picture's description follows
    [InlineData("9ebb3af6", "2019-11-20")] // "November 20, 2019" under the headline printed four times
    [InlineData("57b4dafd", "2018-09-25")] // "Von Moritz Bachmann publiziert am 25. September 2018" just above the headline
    public void A_dumps_date_is_read_from_the_head_under_its_headline(string id, string published) => Assert.Equal(published, CleanDump(id).PublishedAt);
}
