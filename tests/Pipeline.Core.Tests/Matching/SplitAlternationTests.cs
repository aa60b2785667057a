using System.Text.RegularExpressions;
using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public sealed class SplitAlternationTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void At_one_position_the_earlier_alternative_wins_even_when_a_later_one_is_longer() =>
        Assert.Equal(["a", "a"], Values(["a", "ab"], "ab ab"));

    [Fact]
    public void The_leftmost_match_wins_whatever_the_order_of_the_alternatives() =>
        Assert.Equal(["a", "b"], Values(["b", "a"], "ab"));

    [Fact]
    public void The_search_resumes_after_a_match_so_matches_never_overlap() =>
        Assert.Equal(["abc"], Values(["abc", "bcd"], "abcd"));

    [Fact]
    public void Lookbehinds_see_the_text_before_where_the_search_resumes() =>
        Assert.Equal(["2"], Values([@"(?<![x\d])\d", @"x\d"], "x1 2").Where(v => v != "x1"));

    [Fact]
    public void On_real_pages_the_matches_and_their_groups_equal_those_of_the_single_regex()
    {
        string[] alternatives =
        [
            @"(?<![\d.])(?<n>\d{1,2})\.\s?(?<m>\d{1,2})\.",
            @"(?<!\p{L})(?<w>[A-Z]\p{L}+)\s+(?<n>\d+)",
            @"(?<![\d.])(?<n>\d+)(?:st|nd|rd|th)?\s+(?<w>\p{L}+)",
            @"(?<!\p{L})(?:the|der|die|le|la)\s+(?<w>\p{L}+)",
        ];
        var single = new Regex(string.Join("|", alternatives.Select(a => "(?:" + a + ")")), Options);
        var split = new SplitAlternation(alternatives.Select(a => new RegexAlternative(a)), Options);
        var found = 0;
        foreach (var text in DatasetPageText.Aeb(40))
        {
            var expected = single.Matches(text).Select(Describe).ToList();
            Assert.Equal(expected, split.Matches(text).Select(Describe));
            found += expected.Count;
        }

        Assert.True(found > 1000, $"only {found} matches on 40 pages");
    }

    [Fact]
    public void An_alternative_searched_from_the_digits_finds_what_its_own_search_finds() =>
        // A word, a dot and spaces before a number: the number's first digit is at most 7 characters (plus the spaces) after the start.
        AssertFindsWhatOwnSearchFinds(new(@"(?<!\p{L})(?<w>[A-Za-z]{1,6})\.?\s+(?<n>\d+)", DigitWithin: 7), "Sept.    10, 50% of 7 and Nov 3");

    [Fact]
    public void An_alternative_that_starts_a_word_is_tried_only_at_word_starts_and_finds_what_its_own_search_finds()
    {
        AssertFindsWhatOwnSearchFinds(
            new(@"(?<!\p{L})(?<w>\p{L}{1,6})\.?\s+(?<n>\d+)", DigitWithin: 7, StartsWord: true),
            "Sept.    10, 50% of 7 and Nov 3, xNov 4 (Mai 5) Μαΐου 6 ab-cd 7");
        Assert.Throws<ArgumentException>(() => new SplitAlternation([new RegexAlternative("a", StartsWord: true)], Options));
    }

    /// <summary>The alternative, beside a plain one, finds on 40 AEB pages and <paramref name="extra"/> what its pattern's own search finds.</summary>
    private static void AssertFindsWhatOwnSearchFinds(RegexAlternative searched, string extra)
    {
        RegexAlternative[] alternatives = [searched, new(@"(?<n>\d+)%")];
        RegexAlternative[] ownSearch = [new(searched.Pattern), alternatives[1]];
        var found = 0;
        foreach (var text in DatasetPageText.Aeb(40).Append(extra))
        {
            var expected = new SplitAlternation(ownSearch, Options).Matches(text).Select(Describe).ToList();
            Assert.Equal(expected, new SplitAlternation(alternatives, Options).Matches(text).Select(Describe));
            found += expected.Count;
        }

        Assert.True(found > 500, $"only {found} matches on 40 pages");
    }

    private static string Describe(Match m) => $"{m.Index}:{m.Value}|{m.Groups["n"].Value}|{m.Groups["m"].Value}|{m.Groups["w"].Value}";

    private static IEnumerable<string> Values(string[] alternatives, string text) =>
        new SplitAlternation(alternatives.Select(a => new RegexAlternative(a)), Options).Matches(text).Select(m => m.Value);

    [Fact]
    public void Matches_enumerated_one_at_a_time_are_the_matches_and_stopping_early_is_allowed()
    {
        var split = new SplitAlternation([new RegexAlternative(@"\d+"), new RegexAlternative(@"[a-z]+")], Options);
        const string text = "abc 12 de 345 f";

        Assert.Equal(split.Matches(text).Select(m => m.Value), split.Enumerate(text).Select(m => m.Value));
        Assert.Equal(["abc", "12"], split.Enumerate(text).Take(2).Select(m => m.Value));
    }
}
