using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class ClassIdVerdictsTests
{
    private static readonly ClassIdVerdicts Verdicts = new([new ClassIdPattern(["sidebar", "related"]), new ClassIdPattern(["byline", "author"]), new ClassIdPattern(["date"])]);

    [Theory]
    [InlineData("article-body main", 0)]
    [InlineData("sidebar widget", 1)]
    [InlineData("post-author", 2)]
    [InlineData("related-author-date", 7)]
    [InlineData("", 0)]
    public void Each_matching_pattern_sets_its_own_bit(string classAndId, int expected)
    {
        Assert.Equal(expected, Verdicts.Judge(classAndId));
        // The remembered answer is the same.
        Assert.Equal(expected, Verdicts.Judge(classAndId));
    }

    [Fact]
    public void Word_patterns_judged_together_answer_as_each_pattern_alone()
    {
        var words = new[] { ClassIdPattern.OfWords(["sidebar", "related"]), ClassIdPattern.OfWords(["byline"]), new ClassIdPattern(["dat(e|um)", "time"]), new ClassIdPattern([]) };
        var verdicts = new ClassIdVerdicts(words);
        foreach (var classAndId in new[] { "main", "related-byline", "pubdate", "DATUM", "sidebar ñ", "x ñ datum", "" })
        {
            var expected = words.Select((p, i) => p.IsMatch(classAndId) ? 1 << i : 0).Sum();
            Assert.Equal(expected, verdicts.Judge(classAndId));
        }
    }
}
