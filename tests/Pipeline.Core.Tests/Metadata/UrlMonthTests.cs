using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The month a page's address carries, and the dates it rules out.</summary>
public sealed class UrlMonthTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));

    [Theory]
    [InlineData("https://herrpfleger.de/2019/10/new-balance-fuelcell-echo-bringt-speed/", "2019-10-01")]
    [InlineData("https://www.engadget.com/2017/11/03/xbox-one-x-review/", "2017-11-01")]
    [InlineData("https://juliasleseblog.blogspot.com/2018/08/irland-roadtrip.html", "2018-08-01")]
    [InlineData("https://www.zeit.de/2019/43/klimaschutz-banken", null)]
    [InlineData("https://www.slf.ch/de/wochenberichte/2021/22/wochenbericht-14-20-januar-2022.html", null)]
    [InlineData("https://example.org/2030/01/future/", null)]
    [InlineData(null, null)]
    public void The_address_gives_a_month_only_when_its_path_holds_a_year_and_a_real_month(string? url, string? expected) =>
        Assert.Equal(expected, UrlMonth.Read(url, Bounds)?.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2019-09-30", true)]
    [InlineData("2019-09-29", false)]
    [InlineData("2018-10-22", false)]
    [InlineData("2024-04-25", true)]
    public void Only_dates_before_the_month_are_ruled_out(string day, bool admitted)
    {
        var month = UrlMonth.Read("https://herrpfleger.de/2019/10/new-balance-fuelcell-echo-bringt-speed/", Bounds)!;
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(admitted, month.Admits(new PageDate(date, day, day, null)));
    }
}
