using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Text;

/// <summary>Cleans plain-text dumps of news pages. (Baseline: first line is the title, every other non-blank line a paragraph.)</summary>
public sealed class PlainTextArticleExtractor(RuleSet rules) : IArticleExtractor
{
    public Extraction Extract(DecodedInput input, CancellationToken cancellationToken)
    {
        var lines = WhitespaceFolder.FoldLines(input.Text).Where(l => l.Length > 0).ToList();
        var removed = new List<RemovedBlock>();
        var body = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            if (rules.Text.AdLines.Contains(line, StringComparer.OrdinalIgnoreCase))
            {
                removed.Add(new RemovedBlock(RemovalReasons.Advertisement, line));
                continue;
            }

            body.Add(line);
        }

        if (lines.Count == 0)
        {
            return new Extraction(PageKind.Article, [], removed);
        }

        var text = string.Join("\n\n", body);
        var article = new Article { Title = lines[0], Text = text, WordCount = WordCounter.Count(text), Removed = removed };
        return new Extraction(PageKind.Article, [article], []);
    }
}
