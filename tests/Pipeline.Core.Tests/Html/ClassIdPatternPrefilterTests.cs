using System.Text.RegularExpressions;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Html;

public sealed class ClassIdPatternPrefilterTests
{
    [Fact]
    public void Every_rule_pattern_answers_real_class_strings_exactly_as_its_regex()
    {
        var rules = RuleSet.Embedded.Html;
        var single = new[]
        {
            rules.CommentPatterns, rules.CommentItemPatterns, rules.CommentAuthorPatterns, rules.CommentDatePatterns, rules.CommentTextPatterns, rules.CaptionPatterns,
            rules.CreditPatterns, rules.LeadPatterns, rules.PositiveClassPatterns, rules.NegativeClassPatterns,
        };
        var patterns = single.Select(f => (new ClassIdPattern(f), (IReadOnlyDictionary<string, IReadOnlyList<string>>)new Dictionary<string, IReadOnlyList<string>> { [""] = f })).ToList();
        patterns.Add((new ClassIdPattern(rules.BoilerplatePatterns), rules.BoilerplatePatterns));
        var classStrings = new HashSet<string>(StringComparer.Ordinal) { "Kommentar-Liste", "c-comment-list", "READER-REACTIONS x", "commentary", "ад-блок" };
        foreach (var html in DatasetPageText.AebHtml(40))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in document.All)
            {
                classStrings.Add(ClassIdPattern.ClassAndId(element));
            }
        }

        foreach (var (pattern, groups) in patterns)
        {
            var regex = new Regex(string.Join("|", groups.Where(g => g.Value.Count > 0).Select(g => $"(?<g_{g.Key}>{string.Join("|", g.Value)})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var classAndId in classStrings.Where(s => s.Length > 0))
            {
                var match = regex.Match(classAndId);
                var expected = match.Success ? groups.Keys.First(k => match.Groups["g_" + k].Success) : null;
                Assert.Equal(expected, pattern.Match(classAndId));
            }
        }

        Assert.True(classStrings.Count > 2000, $"only {classStrings.Count} class strings");
        // The comment, caption and credit rules are the ones ruled out by their words.
        Assert.All(new[] { rules.CommentPatterns, rules.CaptionPatterns, rules.CreditPatterns }, f => Assert.True(new ClassIdPattern(f).IsWordSearch));
    }

    [Fact]
    public void An_element_is_answered_as_its_joined_class_and_id_on_every_element_of_dataset_pages()
    {
        var rules = RuleSet.Embedded.Html;
        var patterns = new[]
        {
            rules.CommentPatterns, rules.CommentItemPatterns, rules.CommentAuthorPatterns, rules.CaptionPatterns, rules.CreditPatterns, rules.LeadPatterns,
        }.Select(f => new ClassIdPattern(f)).Append(new ClassIdPattern(rules.BoilerplatePatterns)).Append(ClassIdPattern.OfWords(["comment", "teaser box", "Größe"])).ToList();
        var elements = 0;
        foreach (var html in DatasetPageText.AebHtml(40).Append("<div class='x' id='comments'></div><p class='teaser' id='box'></p><span class='größe'></span><i class='com ment'></i>"))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in document.All)
            {
                var classAndId = ClassIdPattern.ClassAndId(element);
                foreach (var pattern in patterns)
                {
                    Assert.Equal(pattern.IsMatch(classAndId), pattern.IsMatch(element));
                }

                elements++;
            }
        }

        Assert.True(elements > 10_000, $"{elements} elements");
    }
}
