using Pipeline.Core.Html;
using Pipeline.Core.Rules;
using Pipeline.Core.Tests.Matching;

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

    [Fact]
    public void On_real_pages_the_rules_patterns_judged_together_answer_as_each_pattern_alone()
    {
        var rules = RuleSet.Embedded.Metadata;
        var html = new HtmlPatterns(RuleSet.Embedded.Html);
        ClassIdPattern[] head = [.. new[] { rules.ExcludedRegionPatterns, rules.BylineClassPatterns, rules.DateClassPatterns, rules.BylineExcludedClassPatterns }.Select(ClassIdPattern.OfWords)];
        ClassIdPattern[] figure = [html.Caption, html.Credit];
        var together = new[] { new ClassIdVerdicts(head), new ClassIdVerdicts(figure) };
        var alone = new[] { head, figure };
        var matched = new int[2];
        foreach (var page in DatasetPageText.AebHtml(40))
        {
            using var document = HtmlDocumentParser.Parse(page);
            foreach (var element in document.All)
            {
                var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
                for (var set = 0; set < 2; set++)
                {
                    var expected = alone[set].Select((p, i) => p.IsMatch(marks) ? 1 << i : 0).Sum();
                    Assert.Equal(expected, together[set].Judge(marks));
                    matched[set] += expected == 0 ? 0 : 1;
                }
            }
        }

        Assert.True(matched[0] > 500 && matched[1] > 20, $"only {matched[0]} and {matched[1]} matches on 40 pages");
    }

    [Fact]
    public void Threads_judging_at_once_get_the_answers_each_would_get_alone()
    {
        // Patterns with no required word go through the memo, which every thread shares.
        ClassIdPattern[] patterns = [new(["^post-.*-\\d+$"]), new(["(?<!\\w)(?:by|von)\\b"])];
        var classes = Enumerable.Range(0, 2_000).Select(i => i % 3 == 0 ? $"post-item-{i}" : i % 3 == 1 ? $"by line{i}" : $"teaser {i}").ToArray();
        var expected = classes.Select(c => (patterns[0].IsMatch(c) ? 1 : 0) | (patterns[1].IsMatch(c) ? 2 : 0)).ToArray();
        var verdicts = new ClassIdVerdicts(patterns);
        var fresh = new ClassIdPattern(["^post-.*-\\d+$"]);
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < classes.Length; i++)
                {
                    Assert.Equal(expected[i], verdicts.Judge(classes[i]));
                    Assert.Equal((expected[i] & 1) != 0, fresh.IsMatch(classes[i]));
                }
            }
        });
    }
}
