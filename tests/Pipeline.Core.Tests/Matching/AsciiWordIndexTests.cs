using Pipeline.Core.Html;
using Pipeline.Core.Matching;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Matching;

public sealed class AsciiWordIndexTests
{
    private static readonly AsciiWordIndex Index = new([("byline", 1), ("author", 2), ("byl", 4), ("date", 8), ("Meta", 8), ("post-meta", 16), ("author", 32)]);

    [Theory]
    [InlineData("", 0)]
    [InlineData("article-body main", 0)]
    [InlineData("post-BYLINE", 1 | 4)]
    [InlineData("c-byl", 4)]
    [InlineData("by author-date", 2 | 32 | 8)]
    [InlineData("entry-meta", 8)]
    [InlineData("POST-Meta", 8 | 16)]
    [InlineData("au", 0)]
    [InlineData("dat", 0)]
    [InlineData("xdate", 8)]
    public void The_masks_of_every_word_the_text_holds_in_any_case_are_joined(string text, int expected)
    {
        Assert.True(Index.TryFind(text, out var mask));
        Assert.Equal(expected, mask);
    }

    [Theory]
    [InlineData("byline ñ")]
    [InlineData("ñ")]
    [InlineData("autho\u212A")]
    public void A_text_that_is_not_all_ascii_is_not_answered(string text)
    {
        Assert.False(Index.TryFind(text, out var mask));
        Assert.Equal(0, mask);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("auteur\u00e9")]
    public void Words_shorter_than_two_characters_or_not_ascii_are_refused(string word)
    {
        Assert.False(AsciiWordIndex.CanHold(word));
        Assert.Throws<ArgumentException>(() => new AsciiWordIndex([(word, 1)]));
    }

    [Fact]
    public void On_real_pages_the_head_scan_words_are_found_as_each_list_finds_them_alone()
    {
        var rules = RuleSet.Embedded.Metadata;
        IReadOnlyList<string>[] lists = [rules.ExcludedRegionPatterns, rules.BylineClassPatterns, rules.DateClassPatterns, rules.BylineExcludedClassPatterns];
        var index = new AsciiWordIndex(lists.SelectMany((words, i) => words.Select(w => (w, 1 << i))));
        var alone = lists.Select(ClassIdPattern.OfWords).ToList();
        var found = 0;
        foreach (var html in DatasetPageText.AebHtml(40))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in document.All)
            {
                var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
                if (!index.TryFind(marks, out var mask))
                {
                    Assert.False(System.Text.Ascii.IsValid(marks));
                    continue;
                }

                Assert.Equal(alone.Select((p, i) => p.IsMatch(marks) ? 1 << i : 0).Sum(), mask);
                found += mask == 0 ? 0 : 1;
            }
        }

        Assert.True(found > 500, $"only {found} strings hold a word on 40 pages");
    }
}
