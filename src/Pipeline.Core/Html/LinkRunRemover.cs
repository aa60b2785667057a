using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops runs of link-only blocks ("read also" teasers, embedded link cards, link lists the pruner did not catch) wherever they sit in the
/// rendered text, with the label that introduces them ("Lesen Sie auch:", "Schon gelesen?"). One link alone is kept: it is often a source
/// or a "read the full report" line that belongs to the story.
/// </summary>
public static class LinkRunRemover
{
    /// <summary>Link blocks in a row that make a run of teasers.</summary>
    public const int MinRun = 2;

    /// <summary>A teaser names another story: a link block of fewer words ("Next", "Learn more", a name) is navigation inside the text or a credit, and is left alone.</summary>
    public const int MinTeaserWords = 3;

    /// <summary>A label introducing a run is a short line.</summary>
    public const int MaxLabelChars = 80;

    /// <summary>A line in capitals has at least this many cased letters: an acronym or a name ("NATO", "BBC NEWS") is not shouting.</summary>
    public const int MinShoutedLetters = 12;

    /// <summary>Returns <paramref name="blocks"/> without its link runs and their labels; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        List<TextBlock>? kept = null;
        for (var i = 0; i < blocks.Count;)
        {
            var end = i;
            while (end < blocks.Count && IsTeaser(blocks[end]))
            {
                end++;
            }

            var run = end - i;
            var labelled = i > 0 && IsLabel(blocks[i - 1]);
            if (run >= MinRun || (run == 1 && (labelled || IsShouted(blocks[i]))))
            {
                kept ??= blocks.Take(i).ToList();
                if (labelled && kept.Count > 0 && ReferenceEquals(kept[^1], blocks[i - 1]))
                {
                    removed.Record(RemovalReasons.Related, kept[^1].Text);
                    kept.RemoveAt(kept.Count - 1);
                }

                for (var j = i; j < end; j++)
                {
                    removed.Record(RemovalReasons.Related, blocks[j].Text);
                }

                i = end;
                continue;
            }

            var next = Math.Max(end, i + 1);
            for (var j = i; j < next; j++)
            {
                kept?.Add(blocks[j]);
            }

            i = next;
        }

        return kept ?? blocks;
    }

    private static bool IsTeaser(TextBlock block) =>
        block.IsLink && block.Text.Split((char[]?)null, MinTeaserWords + 1, StringSplitOptions.RemoveEmptyEntries).Length >= MinTeaserWords;

    /// <summary>A paragraph whose letters are all capitals (scripts without case do not count), enough of them to be a line rather than a name.</summary>
    private static bool IsShouted(TextBlock block)
    {
        if (block.Kind != TextBlockKind.Paragraph)
        {
            return false;
        }

        var upper = 0;
        foreach (var c in block.Text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= MinShoutedLetters;
    }

    private static bool IsLabel(TextBlock block) =>
        !block.IsLink
        && block.Text.Length <= MaxLabelChars
        && (block.Kind == TextBlockKind.Heading || block.Text[^1] is ':' or '：' or '?');
}
