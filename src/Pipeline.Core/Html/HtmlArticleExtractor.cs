using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>Extracts articles from HTML pages. (Baseline: the &lt;title&gt; and every paragraph outside navigation.)</summary>
public sealed class HtmlArticleExtractor(RuleSet rules, CleanerOptions options) : IArticleExtractor
{
    private static readonly HtmlParser Parser = new();

    public Extraction Extract(DecodedInput input, CancellationToken cancellationToken)
    {
        _ = rules;
        _ = options;
        using var document = Parser.ParseDocument(input.Text);
        cancellationToken.ThrowIfCancellationRequested();
        var paragraphs = document.QuerySelectorAll("p, h2, h3, li")
            .Where(e => e.Closest("nav, footer, header, aside, form") is null)
            .Select(e => WhitespaceFolder.FoldLine(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            return new Extraction(PageKind.Article, [], []);
        }

        var text = string.Join("\n\n", paragraphs);
        var title = WhitespaceFolder.FoldLine(document.Title ?? "");
        var article = new Article { Title = title.Length == 0 ? null : title, Text = text, WordCount = WordCounter.Count(text) };
        return new Extraction(PageKind.Article, [article], []);
    }
}
