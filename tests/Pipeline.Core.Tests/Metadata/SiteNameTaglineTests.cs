using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class SiteNameTaglineTests
{
    [Theory]
    // htmldate/consettmagazine.com, trafilatura/laprensagrafica.com, htmldate/whdh.com, fundus/FreiePresse, htmldate/bund.net.
    [InlineData("Consett Magazine - Positive Local News for Consett, County Durham", "consettmagazine.com", "Consett Magazine")]
    [InlineData("Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad", "www.laprensagrafica.com", "La Prensa Gráfica")]
    [InlineData("Boston News, Weather, Sports | WHDH 7News", "whdh.com", "WHDH 7News")]
    [InlineData("Freie Presse - Chemnitzer Verlag und Druck GmbH & Co. KG", "www.freiepresse.de", "Freie Presse")]
    [InlineData("BUND - BUND für Naturschutz und Umwelt in Deutschland", "www.bund.net", "BUND")]
    [InlineData("Daily Planet | Your news, every day", "www.dailyplanet.co.uk", "Daily Planet")]
    public void The_part_that_names_the_host_is_the_sites_name(string declared, string host, string expected) =>
        Assert.Equal(expected, SiteNameTagline.Trim(declared, host));

    [Theory]
    // A second name the site goes by is no tagline (aeb/jpost.com, trafilatura/kulturkaufhaus.de).
    [InlineData("The Jerusalem Post | JPost.com", "www.jpost.com")]
    [InlineData("Dussmann - Das Kulturkaufhaus", "www.kulturkaufhaus.de")]
    // No part spells the host, or there is nothing to cut.
    [InlineData("Boston News, Weather, Sports | 7News", "wsvn.com")]
    [InlineData("Consett Magazine", "consettmagazine.com")]
    public void A_name_without_a_tagline_stays_as_declared(string declared, string host) =>
        Assert.Equal(declared, SiteNameTagline.Trim(declared, host));

    [Fact]
    public void Without_a_host_the_name_stays_as_declared() =>
        Assert.Equal("Consett Magazine - Positive Local News", SiteNameTagline.Trim("Consett Magazine - Positive Local News", null));
}
