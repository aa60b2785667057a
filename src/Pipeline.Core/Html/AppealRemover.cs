using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops short paragraphs that speak to the reader rather than tell the story: subscribe, sign up for the newsletter, follow us, get the app,
/// log in, donate. Pages print them inside the article body (paywall teasers, app and newsletter plugs), where no class marks them.
/// </summary>
public sealed class AppealRemover
{
    private readonly Regex? _appeal;
    private readonly int _maxChars;

    public AppealRemover(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _maxChars = rules.MaxAppealChars;
        if (rules.AppealPatterns.Count > 0)
        {
            _appeal = new Regex(string.Join("|", rules.AppealPatterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    /// <summary>Returns <paramref name="blocks"/> without its appeals; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        if (_appeal is null)
        {
            return blocks;
        }

        List<TextBlock>? kept = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsAppeal(block))
            {
                kept ??= blocks.Take(i).ToList();
                removed.Record(RemovalReasons.Newsletter, block.Text);
                continue;
            }

            kept?.Add(block);
        }

        return kept ?? blocks;
    }

    private bool IsAppeal(TextBlock block) =>
        block.Kind is TextBlockKind.Paragraph or TextBlockKind.ListItem
        && block.Text.Length <= _maxChars
        && _appeal!.IsMatch(block.Text);
}
