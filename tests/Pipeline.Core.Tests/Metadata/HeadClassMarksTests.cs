using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The head scan's class verdicts, one bit per pattern, remembered per page by class string.</summary>
public sealed class HeadClassMarksTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private static readonly HeadClassMarks Marks = new(
        ClassIdPattern.OfWords(Rules.ExcludedRegionPatterns), ClassIdPattern.OfWords(Rules.BylineClassPatterns),
        ClassIdPattern.OfWords(Rules.DateClassPatterns), ClassIdPattern.OfWords(Rules.BylineExcludedClassPatterns));

    [Fact]
    public void Class_and_id_are_judged_together_and_each_pattern_answers_in_its_bit()
    {
        using var document = HtmlDocumentParser.Parse("<html><body><div id=\"comments\" class=\"post-date\">a</div><span class=\"byline\">b</span><p>c</p></body></html>");
        var byClass = new Dictionary<string, (string Marks, int Verdict)>(ReferenceEqualityComparer.Instance);

        Assert.Equal(("post-date comments", HeadClassMarks.Excluded | HeadClassMarks.Date | HeadClassMarks.BylineExcluded), Marks.Of(document.QuerySelector("div")!, byClass));
        Assert.Equal(("byline ", HeadClassMarks.Byline | HeadClassMarks.Date), Marks.Of(document.QuerySelector("span")!, byClass));
        Assert.Equal((" ", 0), Marks.Of(document.QuerySelector("p")!, byClass));
    }

    [Fact]
    public void A_class_string_without_an_id_is_judged_once_per_page()
    {
        using var document = HtmlDocumentParser.Parse("<html><body><span class=\"byline\">a</span></body></html>");
        var span = document.QuerySelector("span")!;
        var byClass = new Dictionary<string, (string Marks, int Verdict)>(ReferenceEqualityComparer.Instance);

        var first = Marks.Of(span, byClass);
        var second = Marks.Of(span, byClass);

        Assert.Same(first.Marks, second.Marks);
        Assert.Single(byClass);
    }
}
