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
}
