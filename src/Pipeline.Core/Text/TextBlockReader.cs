using Pipeline.Core.Input;

namespace Pipeline.Core.Text;

/// <summary>Turns a plain-text page into its non-blank lines, whitespace-folded, each remembering whether a blank line preceded it.</summary>
public static class TextBlockReader
{
    /// <summary>A side column's rule is drawn with this many box-drawing characters or more; one or two may be a line's own dash.</summary>
    private const int MinSideRuleChars = 3;

    public static IReadOnlyList<TextBlock> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextBlock>();
        var afterGap = true;
        foreach (var whole in text.AsSpan().EnumerateLines())
        {
            var raw = WithoutSideRule(whole);
            // A stray NUL (a crawler's or a broken encoder's) is dropped, as browsers drop it from HTML.
            var line = raw.Contains('\0') ? WhitespaceFolder.FoldLine(raw.ToString().Replace("\0", "", StringComparison.Ordinal)) : WhitespaceFolder.FoldLine(raw);
            if (line.Length == 0)
            {
                afterGap = true;
                continue;
            }

            blocks.Add(new TextBlock(blocks.Count, line, afterGap) { Indent = raw.Length - raw.TrimStart(' ').Length, Cells = Cells(raw.Trim()) });
            afterGap = false;
        }

        return blocks;
    }

    /// <summary>
    /// The line without the rule a side column draws beside it ("… killed in Iran unrest          ━━━━━━━━"): text browsers lay columns out
    /// side by side, so the column's box-drawing characters end the body's line after a gap. A line that is only a rule stays as it is.
    /// </summary>
    private static ReadOnlySpan<char> WithoutSideRule(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd(' ').Length;
        var start = end;
        while (start > 0 && line[start - 1] is >= '\u2500' and <= '\u257F')
        {
            start--;
        }

        var text = line[..start].TrimEnd(' ');
        return end - start >= MinSideRuleChars && start - text.Length >= 2 && !text.IsWhiteSpace() ? text : line;
    }

    /// <summary>Runs of text between gaps of two spaces or more (or a tab).</summary>
    private static int Cells(ReadOnlySpan<char> line)
    {
        var cells = line.IsEmpty ? 0 : 1;
        for (var i = 1; i < line.Length; i++)
        {
            if ((line[i] == '\t' || (line[i] == ' ' && line[i - 1] == ' ')) && (i + 1 < line.Length && line[i + 1] is not (' ' or '\t')))
            {
                cells++;
            }
        }

        return cells;
    }
}
