using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A credit to the site itself, to its newsroom, or to the person a blog is named after.</summary>
public sealed class SiteCreditTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private readonly SiteCredit _siteCredit = new(Rules, new BylineParser(Rules));

    [Theory]
    [InlineData("DER STANDARD", "DER STANDARD", null, true)]
    [InlineData("MDR THÜRINGEN", "MDR", null, true)]
    [InlineData("Matthew Davis", "Matthew Davis's Blog", null, false)]
    [InlineData("Gnaddrig", "gnaddrig ad libitum", null, false)]
    [InlineData("Jane Doe", "DER STANDARD", null, false)]
    [InlineData("Dainik Bhaskar", "News Site", "Dainik Bhaskar", true)]
    public void The_site_its_publisher_or_a_desk_of_a_one_word_site_is_the_site_but_a_blogs_author_is_a_person(string name, string siteName, string? publisher, bool expected) =>
        Assert.Equal(expected, _siteCredit.NamesSite(name, new PageSite(siteName, publisher, null)));

    [Theory]
    [InlineData("auto-motor.at Redaktion", "auto-motor.at", true)]
    [InlineData("auto-motor.at", "auto-motor.at", false)]
    [InlineData("Redaktion", null, false)]
    public void The_sites_name_plus_a_desk_word_is_its_newsroom(string name, string? siteName, bool expected) =>
        Assert.Equal(expected, _siteCredit.NamesDesk(name, siteName));
}
