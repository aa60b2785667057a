using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>Byline lines of w3m dumps (AEB pages), where the text browser ran a byline's parts together.</summary>
public class BylineReaderTests
{
    private static readonly BylineReader Reader = new(Patterns, new BylineParser(RuleSet.Embedded.Metadata));

    [Theory]
    [InlineData("By Meg JamesStaff Writer", "Meg James")] // a role glued to the name
    [InlineData("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", "Chris Pokorny")] // a handle glued to the name
    [InlineData("By Megan Rowe meganr@spokesman.com(509) 459-5382", "Megan Rowe")] // an address and a telephone number after it
    [InlineData("By Sean Martin Sean Martin", "Sean Martin")] // the name as a link and as text
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Joe Rossignol")]
    [InlineData("By Michael HiltzikBusiness Columnist", "Michael Hiltzik")] // a desk and role glued to the name
    [InlineData("By Jonathan GarberFOXBusiness", "Jonathan Garber")] // the outlet glued to the name
    [InlineData("By Rory McIlroy", "Rory McIlroy")] // a capital inside a name stays
    public void A_glued_byline_names_its_writer(string line, string author) => Assert.Equal([author], Reader.Read(line).Authors);

    [Theory]
    [InlineData("098bb3e9", "Meg James")]
    [InlineData("785affa2", "Chaim Gartenberg")]
    [InlineData("232a43fb", "Joe Rossignol")]
    [InlineData("06ee193d", "Chris Davies")] // no "By": "Chris Davies - Nov 19, 2019, 10:31 pm CST" under the headline
    [InlineData("57b4dafd", "Moritz Bachmann")] // "Von Moritz Bachmann publiziert am 25. September 2018" just above the headline
    [InlineData("b0cf2bbf", "Emiliano Bellini")] // "November 20, 2019 Emiliano Bellini" under a dek the body opens with
    [InlineData("aec5deea", "Steve Peoples")] // "Steve Peoples, Ap National Political Writer" between the headline and "Updated 3:27 am PST, …"
    [InlineData("db6b0816", "Robert Burns")] // "Robert Burns, Ap National Security Writer", likewise
    [InlineData("8b194530", "Debbie White")] // "• Debbie White" under the headline, over "• 18 Nov 2019, 19:09"
    [InlineData("ffc109d4", "Keris Lahiff")] // "Keris Lahiff@kerisalison" under "Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, …", a stamp run together
    [InlineData("0e014df6", "Regan")] // "by Regan September 15, 2014": a one-word pen name under a written label
    [InlineData("ac3c0355", "Catherine")] // "September 10, 2018 | by Catherine"
    public void A_dumps_writer_is_read_from_its_byline(string id, string author) => Assert.Equal([author], CleanDump(id).Authors);

    [Theory]
    [InlineData("By SlashGear")] // a brand in camel case
    [InlineData("by admin")] // the publishing system's account
    public void A_one_word_byline_that_is_no_pen_name_names_no_writer(string line) => Assert.Empty(Reader.Read(line).Authors);

    [Theory]
    [InlineData("11ea381a")] // "Classificação NASCAR" over "sexta-feira, 22 de outubro de 2010 às 20:13", far under the title: a page's heading
    [InlineData("4a44ab3e")] // "Get short URL" under "20 Nov, 2019 05:47": a share button
    public void A_line_beside_a_stamp_that_is_no_byline_names_no_writer(string id) => Assert.Empty(CleanDump(id).Authors);

    [Fact]
    public void A_pictures_label_before_the_credit_is_no_part_of_it() =>
        // AEB dump 0d461229: the agency's logo printed by its alt text before the agency's name.
        Assert.Equal(["Associated Press"], Reader.Read("[Associated] Associated Press").Agencies);
}
