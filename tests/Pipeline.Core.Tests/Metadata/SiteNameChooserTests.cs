using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

public sealed class SiteNameChooserTests
{
    private const string Headline = "Storm hits the coast overnight";

    [Theory]
    [InlineData("Storm hits the coast overnight | Daily Planet", "Daily Planet")]
    [InlineData("Storm hits the coast overnight - Daily Planet", "Daily Planet")]
    [InlineData("Daily Planet: Storm hits the coast overnight", "Daily Planet")]
    [InlineData("STORM HITS THE COAST OVERNIGHT | Daily Planet", "Daily Planet")]
    public void Site_name_holding_the_headline_gives_the_part_beside_it(string declared, string expected) =>
        Assert.Equal(expected, SiteNameChooser.Choose([declared], [Headline], _ => true));

    [Theory]
    // og:site_name as kleinezeitung.at, inquirer.com and mesopinions.com write it.
    [InlineData("https://www.kleinezeitung.at", "kleinezeitung.at")]
    [InlineData("https://www.mesopinions.com/", "mesopinions.com")]
    [InlineData("www.20minutes.fr", "20minutes.fr")]
    [InlineData("http://pawszilla.com", "pawszilla.com")]
    // A name written as a domain, or an address with a path, is no bare address of the site.
    [InlineData("JPost.com", "JPost.com")]
    [InlineData("https://example.com/news", "https://example.com/news")]
    public void A_site_name_that_is_the_sites_address_is_its_host(string declared, string expected) =>
        Assert.Equal(expected, SiteNameChooser.Choose([declared, "Some Publisher Ltd"], [Headline], _ => true));

    [Fact]
    public void Bare_headline_shown_as_the_heading_is_passed_over_for_the_next_source() =>
        Assert.Equal("Daily Planet", SiteNameChooser.Choose([Headline, null, "Daily Planet"], [Headline], _ => true));

    [Fact]
    public void Bare_headline_and_no_other_source_leaves_no_site_name() =>
        Assert.Null(SiteNameChooser.Choose([Headline], [Headline], _ => true));

    [Fact]
    public void Sharing_title_that_is_the_site_s_own_name_keeps_the_site_name() =>
        Assert.Equal(
            "Boston News, Weather, Sports | 7News",
            SiteNameChooser.Choose(["Boston News, Weather, Sports | 7News"], ["Boston News, Weather, Sports | 7News", Headline], _ => false));

    [Theory]
    // Too short to tell from a name.
    [InlineData("Daily Planet News", "Daily Planet News")]
    // The headline inside a longer sentence: no separator sets a site's part apart.
    [InlineData("Why Storm hits the coast overnight matters", "Why Storm hits the coast overnight matters")]
    public void Site_name_that_is_not_headline_and_site_is_kept(string declared, string expected) =>
        Assert.Equal(expected, SiteNameChooser.Choose([declared], ["Daily Planet News", Headline], _ => false));

    [Fact(Timeout = 30_000)]
    public async Task Megabyte_long_site_name_and_headline_of_repeated_text_are_compared_in_no_time()
    {
        // Damaged or hostile pages: an ordinal search of one such text for another is quadratic on repeated text.
        var site = string.Concat(Enumerable.Repeat("a ", 500_000));
        var headline = string.Concat(Enumerable.Repeat("a ", 250_000)) + "b";

        var chosen = await Task.Run(() => SiteNameChooser.Choose([site], [headline], _ => true));

        Assert.Equal(site.Trim(), chosen);
    }

    [Theory]
    [InlineData("☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse", "Journalistenwatch e.V. - Aktuelle Geschehnisse")]
    [InlineData("Jamaica Observer -", "Jamaica Observer")]
    [InlineData(".:: NMB-MEDIA ::. Templates", "NMB-MEDIA ::. Templates")]
    [InlineData("1337@kultur:~$", "1337@kultur:~$")]
    [InlineData("RENT A SALESMAN®", "RENT A SALESMAN®")]
    [InlineData("männer*", "männer*")]
    [InlineData("Art, Design and Beauty !", "Art, Design and Beauty !")]
    public void Ornament_set_off_by_a_space_is_not_part_of_the_site_name(string declared, string expected) =>
        Assert.Equal(expected, SiteNameChooser.Choose([declared], [], _ => false));

    [Theory]
    [InlineData("{$plugin.tx_news.opengraph.site_name}")]
    [InlineData("{{publisher}}")]
    [InlineData("${siteName}")]
    [InlineData("%%sitename%%")]
    [InlineData("★ ★ ★")]
    public void Unfilled_template_variable_or_bare_ornament_is_no_site_name(string declared) =>
        Assert.Equal("Daily Planet", SiteNameChooser.Choose([declared, "Daily Planet"], [], _ => false));

    [Theory]
    // trafilatura/handball.ch: application-name and og:title carry "headline - site"; the h1 has the headline alone.
    [InlineData("handball.ch-bruderduell", "Handball Schweiz", "Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell und viele Fans")]
    // trafilatura/mluk.brandenburg.de: og:site_name is the page's whole title.
    [InlineData("mluk.brandenburg.de-erlegungspermie", "MLUK", null)]
    public void Dataset_page_whose_site_name_meta_holds_its_title_reports_the_site(string page, string site, string? title)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html", page + ".html.gz"));
        var metadata = MetadataTestPages.Extract(new HtmlMetadataExtractor(RuleSet.Embedded), content, page + ".html");
        Assert.Equal(site, metadata.SiteName);
        if (title is not null)
        {
            Assert.Equal(title, metadata.Title);
        }
    }
}
