using System.Text.RegularExpressions;
using Pipeline.Core.Matching;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Matching;

public sealed class LiteralTrieTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void Words_sharing_a_start_share_one_branch_and_a_word_comes_before_its_own_prefix() =>
        Assert.Equal("(?:jan(?:uary|)|feb)", LiteralTrie.Pattern(["jan", "january", "feb"], ignoreCase: false));

    [Fact]
    public void Under_ignore_case_words_differing_only_in_case_share_their_branches() =>
        Assert.Equal("M(?:ai|ärz)", LiteralTrie.Pattern(["Mai", "mai", "März"], ignoreCase: true));

    [Fact]
    public void Spaces_and_dots_inside_words_are_escaped() =>
        Assert.Equal(@"Sept\.", LiteralTrie.Pattern(["Sept."], ignoreCase: false));

    [Fact]
    public void A_prefix_is_still_matched_when_the_longer_word_cannot_continue()
    {
        var regex = new Regex("(?:" + LiteralTrie.Pattern(["sep", "sept", "september"], ignoreCase: true) + @")\.?\s+\d+", Options);
        Assert.Equal(["September 10", "Sept. 11", "sep 12"], regex.Matches("September 10, Sept. 11, sep 12").Select(m => m.Value));
    }

    [Fact]
    public void The_month_names_of_the_rules_match_on_real_pages_exactly_as_the_longest_first_alternation()
    {
        var names = RuleSet.Embedded.Metadata.MonthNames.SelectMany(m => m.Names).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var flat = new Regex(@"(?<!\p{L})(?<mn>" + string.Join("|", names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")\.?\s*\d", Options);
        var trie = new Regex(@"(?<!\p{L})(?<mn>" + LiteralTrie.Pattern(names, ignoreCase: true) + @")\.?\s*\d", Options);
        var found = 0;
        foreach (var text in DatasetPageText.Aeb(40))
        {
            var expected = flat.Matches(text).Select(m => (m.Index, m.Value, m.Groups["mn"].Value)).ToList();
            Assert.Equal(expected, trie.Matches(text).Select(m => (m.Index, m.Value, m.Groups["mn"].Value)));
            found += expected.Count;
        }

        Assert.True(found > 20, $"only {found} month names followed by a number on 40 pages");
    }
}
