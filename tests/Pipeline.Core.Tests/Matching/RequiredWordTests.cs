using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public sealed class RequiredWordTests
{
    [Theory]
    [InlineData("comment(?!ary)", "comment")]
    [InlineData("kommentar-?(item|text|list)", "kommentar")]
    [InlineData("reader-?reactions", "reactions")]
    [InlineData(@"(^|[\s_-])comment([\s_-]|$)", "comment")]
    [InlineData("image-?desc", "image")]
    [InlineData(@"share\.bar", "share")]
    [InlineData("ads?", "ad")]
    [InlineData("disqus", "disqus")]
    public void The_longest_plain_run_every_match_contains_is_found(string fragment, string expected) =>
        Assert.Equal(expected, RequiredWord.Of(fragment));

    [Theory]
    [InlineData("foo|bar")]
    [InlineData("(?i)Foo")]
    [InlineData(@"^\w+$")]
    [InlineData("(ad|promo)")]
    [InlineData("a?")]
    public void A_fragment_without_a_certain_word_has_none(string fragment) => Assert.Null(RequiredWord.Of(fragment));
}
