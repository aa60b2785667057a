using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Html;

public sealed class ClassIdPatternWordsTests
{
    [Theory]
    [InlineData("post-Byline main", true)]
    [InlineData("AUTHOR-box", true)]
    [InlineData("article-body", false)]
    [InlineData("autor-ñ byline", true)]
    [InlineData("autor-ñ", false)]
    public void A_pattern_of_words_matches_where_a_word_occurs_in_any_case(string classAndId, bool expected) =>
        Assert.Equal(expected, ClassIdPattern.OfWords(["byline", "author"]).IsMatch(classAndId));

    [Theory]
    [InlineData("sidebar-left", true)]
    [InlineData("ñ-sidebar", true)]
    [InlineData("main", false)]
    [InlineData("", false)]
    public void A_piece_of_a_class_string_is_judged_like_the_same_text_as_a_string(string token, bool expected)
    {
        var pattern = ClassIdPattern.OfWords(["sidebar"]);
        Assert.Equal(expected, pattern.IsMatch(("x " + token + " y").AsSpan(2, token.Length)));
        Assert.Equal(expected, pattern.IsMatch(token));
    }

    [Fact]
    public void Words_with_regex_characters_match_literally() =>
        Assert.Equal([true, false], new[] { "c-byline.item", "c-bylineXitem" }.Select(ClassIdPattern.OfWords(["byline.item"]).IsMatch));

    [Fact]
    public void On_real_pages_the_word_search_answers_as_the_regex_of_the_escaped_words()
    {
        var words = RuleSet.Embedded.Metadata.ExcludedRegionPatterns.Concat(RuleSet.Embedded.Metadata.BylineClassPatterns).ToList();
        var search = ClassIdPattern.OfWords(words);
        var regex = new ClassIdPattern(words.Select(System.Text.RegularExpressions.Regex.Escape));
        Assert.True(search.IsWordSearch);
        var matched = 0;
        foreach (var html in DatasetPageText.AebHtml(40))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in document.All)
            {
                var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
                Assert.Equal(regex.IsMatch(marks), search.IsMatch(marks));
                matched += search.IsMatch(marks) ? 1 : 0;
            }
        }

        Assert.True(matched > 500, $"only {matched} matches on 40 pages");
    }
}
