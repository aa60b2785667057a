using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The day a page's address carries.</summary>
public sealed class UrlDateTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));

    [Theory]
    [InlineData("https://befifty.example/2017/7/12/montauk", "2017-07-12")]
    [InlineData("https://example.org/2020/01/23.html", "2020-01-23")]
    [InlineData("https://example.org/news/2020-01-23-title", "2020-01-23")]
    [InlineData("https://example.org/20200428/meet-the-swede", "2020-04-28")]
    [InlineData("https://example.org/story-title-20200113.html", "2020-01-13")]
    [InlineData("https://example.org/2023/10/3-fragen-an-tina/", null)]
    [InlineData("https://example.org/2030/01/02/future", null)]
    [InlineData(null, null)]
    public void The_address_dates_the_page_only_with_a_whole_plausible_day(string? url, string? expected) =>
        Assert.Equal(expected, UrlDate.Read(url, Bounds)?.Iso);

    // Addresses from the htmldate and fundus datasets: the day opens a segment that goes on with the story's id after a hyphen or an underscore.
    [Theory]
    [InlineData("https://www.yomiuri.co.jp/world/20231102-OYT1T50240/", "2023-11-02")]
    [InlineData("https://www.sankei.com/article/20250121-QBJP5I25BBIG5IZ76XZNDHDB5Q/", "2025-01-21")]
    [InlineData("https://www.20minutes.fr/societe/4060503-20231102-tempete-ciaran-pluie", "2023-11-02")]
    [InlineData("https://article.auone.jp/detail/1/3/6/307_3_r_20231102_1698920402044235", "2023-11-02")]
    [InlineData("https://example.org/news/item-20231345-title", null)]
    [InlineData("https://example.org/news/item-120231102-title", null)]
    public void Eight_digits_followed_by_the_story_id_date_the_address(string url, string? expected) =>
        Assert.Equal(expected, UrlDate.Read(url, Bounds)?.Iso);
}
