using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The credits gathered for one page: each name once, the site's own name never an author or agency.</summary>
public sealed class CreditListTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private static readonly BylineParser Bylines = new(Rules);

    [Fact]
    public void An_agency_named_in_two_spellings_is_listed_once()
    {
        var credits = New("Example News");
        credits.AddAgency(credits.Agencies, "Associated Press");
        credits.AddAgency(credits.Agencies, "AP");
        Assert.Equal(["Associated Press"], credits.Agencies);
    }

    [Fact]
    public void A_byline_adds_its_authors_once_and_the_sites_newsroom_but_not_the_site()
    {
        var credits = New("auto-motor.at");
        credits.Add(new Byline(["Jane Doe", "jane doe", "auto-motor.at"], ["auto-motor.at", "auto-motor.at Redaktion"]));
        Assert.Equal(["Jane Doe"], credits.Authors);
        Assert.Equal(["auto-motor.at Redaktion"], credits.Agencies);
        Assert.False(credits.Empty);
    }

    private static CreditList New(string siteName) => new(Bylines, new SiteCredit(Rules, Bylines), new PageSite(siteName, null, null));
}
