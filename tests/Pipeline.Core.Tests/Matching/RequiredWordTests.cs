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

    [Theory]
    [InlineData(@"\b(?:ikuti|follow|siga)\b[^.!?]{0,60}\b(?:google news|whatsapp|telegram)\b", "google,whatsapp,telegram")]
    [InlineData(@"\b(?:support|rely on) (?:our|your) (?:support|journalism)\b", "support,journalism")]
    [InlineData("foo|barbaz", "foo,barbaz")]
    [InlineData(@"\((?:photos?|images?)\s*:", "photo,image")]
    [InlineData("comment(?!ary)", "comment")]
    [InlineData(@"(?<kind>advert|promo)-box", "advert,promo")]
    [InlineData(@"\p{L}+ newsletter", "newsletter")]
    public void The_words_one_of_which_every_match_contains_are_found(string fragment, string expected) =>
        Assert.Equal(expected.Split(','), RequiredWord.AnyOf(fragment));

    [Theory]
    [InlineData("foo|[a-z]+")]
    [InlineData("(?:foo|bar)?b?")]
    [InlineData("(?:foo|bar){0,2}")]
    [InlineData("(?=foo)[a-z]")]
    [InlineData("(?i)Foo")]
    [InlineData(@"^\w+$")]
    public void A_fragment_some_match_of_which_holds_no_certain_word_has_no_words(string fragment) => Assert.Null(RequiredWord.AnyOf(fragment));
}
