using Pipeline.Core.Input;

namespace Pipeline.Core.Text;

/// <summary>Turns a plain-text page into its non-blank lines, whitespace-folded, each remembering whether a blank line preceded it.</summary>
public static class TextBlockReader
{
    public static IReadOnlyList<TextBlock> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextBlock>();
        var afterGap = true;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
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
