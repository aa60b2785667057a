using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>UTC timestamps are reported in the time zone the page's language and host point to.</summary>
public sealed class NewsroomTimeZoneTests
{
    private static readonly NewsroomTimeZone Zones = new(RuleSet.Embedded.Metadata);
    private static readonly DateNormalizer Normalizer = new(new DateTextScanner(RuleSet.Embedded.Metadata));
    private static readonly DateBounds Bounds = DateBounds.For(null);

    [Fact]
    public void Late_evening_utc_on_a_german_page_is_the_next_berlin_day()
    {
        var local = Zones.ToLocal(Normalizer.Normalize("2021-11-04T23:00Z", Bounds), "de");
        Assert.Equal("2021-11-05T00:00:00+01:00", local!.Iso);
        Assert.Equal(new DateOnly(2021, 11, 5), local.Day);
        Assert.Equal("2021-11-04T23:00Z", local.Raw);
    }

    [Fact]
    public void Early_morning_utc_on_a_us_page_is_the_previous_new_york_day()
    {
        var local = Zones.ToLocal(Normalizer.Normalize("2023-11-09T01:09:55Z", Bounds), "en-US");
        Assert.Equal("2023-11-08T20:09:55-05:00", local!.Iso);
    }

    [Theory]
    [InlineData("2018-01-28T03:38:45+00:00", "en-US")] // "+00:00" from a CMS set to UTC often carries local wall time
    [InlineData("2020-01-10T00:00:00Z", "de")] // exact midnight is a day, not a moment
    [InlineData("2024-08-26T23:27:57Z", "en")] // a language without a region names no zone
    [InlineData("2024-08-26T23:27:57+02:00", "de")] // already local
    public void Dates_that_are_not_machine_utc_instants_with_a_known_zone_are_unchanged(string raw, string language)
    {
        var date = Normalizer.Normalize(raw, Bounds);
        Assert.Same(date, Zones.ToLocal(date, language));
    }

    [Fact]
    public void Internet_date_in_gmt_on_a_bolivian_page_is_the_la_paz_day()
    {
        // JSON-LD "datePublished": "Wed, 04 May 2022 02:41:00 GMT" on eldeber.com.bo: 22:41 on 3 May in La Paz.
        var local = Zones.ToLocal(Normalizer.Normalize("Wed, 04 May 2022 02:41:00 GMT", Bounds), "es", "eldeber.com.bo");
        Assert.Equal("2022-05-03T22:41:00-04:00", local!.Iso);
    }

    [Fact]
    public void Script_printed_utc_date_on_a_canadian_french_page_is_the_montreal_day()
    {
        // ici.radio-canada.ca: <time dateTime="Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)">, 20:23 on 24 August in Montreal.
        var local = Zones.ToLocal(Normalizer.Normalize("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)", Bounds), "fr", "ici.radio-canada.ca");
        Assert.Equal("2020-08-24T20:23:33-04:00", local!.Iso);
    }

    [Fact]
    public void Utc_day_the_page_itself_shows_stands_where_the_newsroom_day_would_differ()
    {
        // au.news.yahoo.com: 22:22 UTC on 28 October, 09:22 on the 29th in Sydney; the page's date line reads "28 October 2020".
        var date = Normalizer.Normalize("2020-10-28T22:22:49.000Z", Bounds);
        Assert.Same(date, Zones.ToLocal(date, "en-AU", "au.news.yahoo.com", new DateOnly(2020, 10, 28)));
        Assert.Equal("2020-10-29T09:22:49+11:00", Zones.ToLocal(date, "en-AU", "au.news.yahoo.com", new DateOnly(2020, 10, 29))!.Iso);
    }

    [Fact]
    public void Full_tag_is_looked_up_before_its_primary_language()
    {
        Assert.Equal("Europe/Berlin", Zones.For("de-AT")?.Id);
        Assert.Equal("America/Sao_Paulo", Zones.For("pt-BR")?.Id);
        Assert.Null(Zones.For("pt"));
        Assert.Null(Zones.For(null));
    }

    [Theory]
    [InlineData("2020-08-25T00:23:33.312Z", "fr", "ici.radio-canada.ca", "2020-08-24T20:23:33-04:00")] // French in Canada, not Paris
    [InlineData("2020-12-05T23:15:0Z", null, "www.lagazzettadelmezzogiorno.it", "2020-12-06T00:15:00+01:00")] // no language declared: the host's country
    [InlineData("2021-11-04T23:00Z", "de", "www.example.com", "2021-11-05T00:00:00+01:00")] // a generic host leaves the language's zone
    public void The_host_country_names_the_zone_unless_the_tag_has_a_region(string raw, string? language, string host, string expected) =>
        Assert.Equal(expected, Zones.ToLocal(Normalizer.Normalize(raw, Bounds), language, host)!.Iso);

    [Fact]
    public void English_without_a_region_names_no_zone_even_on_a_country_host()
    {
        var date = Normalizer.Normalize("2026-06-30T16:34:54.488Z", Bounds);
        Assert.Same(date, Zones.ToLocal(date, "en", "www.9news.com.au"));
        Assert.Equal("Australia/Sydney", Zones.For("en-AU", "www.9news.com.au")?.Id);
    }
}
