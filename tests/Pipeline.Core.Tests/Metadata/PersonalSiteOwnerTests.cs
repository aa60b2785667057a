using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class PersonalSiteOwnerTests
{
    private static readonly PersonalSiteOwner Owner = new(RuleSet.Embedded.Metadata);
    private const string AboutMeNavigation = "<nav><a href=\"/ueber-mich/\">Über mich</a><a href=\"/texte/\">Texte</a></nav>";

    [Fact]
    public void Domain_spelling_the_name_in_the_title_of_a_site_with_an_about_me_page_names_its_owner() =>
        Assert.Equal("Wolfgang Michal", Find("www.wolfgangmichal.de", "Publizistische Sorgfaltspflicht statt Netzwerkdurchsetzungsgesetz | Wolfgang Michal", AboutMeNavigation));

    [Fact]
    public void Hyphenated_domain_and_a_title_before_the_name_still_name_the_owner() =>
        Assert.Equal("Alexander Klier", Find("www.alexander-klier.net", "Dr. Alexander Klier", AboutMeNavigation));

    [Fact]
    public void Brand_named_like_its_domain_without_an_about_me_page_is_no_owner() =>
        Assert.Null(Find("www.zoo-berlin.de", "Zoo Berlin", "<nav><a href=\"/impressum\">Impressum</a></nav>"));

    [Fact]
    public void Name_the_domain_does_not_spell_is_no_owner() =>
        Assert.Null(Find("www.blog-example.de", "Notizen | Wolfgang Michal", AboutMeNavigation));

    [Fact]
    public void Headline_that_holds_the_name_is_no_owner_credit() =>
        Assert.Null(Find("www.wolfgangmichal.de", "Warum Wolfgang Michal heute über die Zeitungskrise schreibt", AboutMeNavigation));

    private static string? Find(string host, string title, string body)
    {
        var document = new HtmlParser().ParseDocument("<html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
        return Owner.Find(host, [null, document.Title], document);
    }
}
