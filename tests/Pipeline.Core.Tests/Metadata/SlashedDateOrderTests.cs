using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Whether 03/04/2020 is 3 April or March 4, by the page's language and host.</summary>
public sealed class SlashedDateOrderTests
{
    private readonly SlashedDateOrder _order = new(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("de", null, true)]
    [InlineData("en-GB", null, true)]
    [InlineData("en", "https://www.example.co.uk/story", true)]
    [InlineData(null, "https://www.example.com.au/story", true)]
    [InlineData("en", "https://www.example.com/story", false)]
    [InlineData("en-US", "https://www.example.co.uk/story", false)]
    [InlineData(null, null, false)]
    public void Day_first_unless_the_language_is_month_first_or_bare_english_off_a_day_first_host(string? language, string? url, bool expected) =>
        Assert.Equal(expected, _order.DayFirst(language, url));

    [Theory]
    [InlineData("https://www.example.com/2020/11/story", "Posted 05/11/2020 by Staff", true)]
    [InlineData("https://www.example.com/2020/05/story", "Posted 05/11/2020 by Staff", false)]
    [InlineData("https://www.example.com/2020/11/story", "Posted 11/11/2020, seen 05/11/19", null)]
    [InlineData("https://www.example.com/2020/11/story", "Posted 05/11/20 by Staff", true)]
    [InlineData("https://www.example.com/story", "Posted 05/11/2020 by Staff", null)]
    public void The_url_month_settles_which_way_an_ambiguous_slashed_date_of_its_year_reads(string url, string text, bool? expected) =>
        Assert.Equal(expected, SlashedDateOrder.ByUrlMonth(UrlMonth.Read(url, new DateBounds(DateBounds.WebEra, new DateOnly(2026, 1, 1))), text));
}
