using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes page chrome: navigation phrases, reading-time and share bars, stand-alone section labels, bare links, short menu items, and breadcrumbs that end with a title printed just below.</summary>
public sealed class NavigationDetector(TextPatterns patterns) : ITextStage
{
    private const int BreadcrumbLookahead = 4;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var result = blocks.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            var block = result[i];
            if (!block.IsRemoved && (IsChrome(block) || IsBreadcrumb(result, i)))
            {
                result[i] = block.Remove(RemovalReasons.Navigation);
            }
        }

        return result;
    }

    private bool IsChrome(TextBlock block)
    {
        var text = block.Content.Trim(' ', '»', '›', '>', '|', ':', '.', '…');
        if (text.Length == 0 || patterns.NavigationLines.Contains(text) || patterns.SectionLabels.Contains(text) || patterns.Navigation.IsMatch(text))
        {
            return true;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return !text.Contains(' ', StringComparison.Ordinal);
        }

        return block.IsListItem && LineShape.Words(text) <= patterns.Rules.ShortBlockMaxWords;
    }

    // "Home Latest News U.S., Russia Agree..." followed by "U.S., Russia Agree...": the trail repeats the title it leads to.
    private static bool IsBreadcrumb(TextBlock[] blocks, int index)
    {
        var text = blocks[index].Text;
        for (var j = index + 1; j < blocks.Length && j <= index + BreadcrumbLookahead; j++)
        {
            var next = blocks[j].Text;
            // The title the trail leads to has letters; a rule of box-drawing characters that a side column prints beside each line has none.
            if (next.Length >= 10 && text.Length > next.Length && text.EndsWith(next, StringComparison.Ordinal) && next.Any(char.IsLetter))
            {
                return true;
            }
        }

        return false;
    }
}
