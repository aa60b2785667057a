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
}
