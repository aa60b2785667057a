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
        foreach (var line in WhitespaceFolder.FoldLines(text))
        {
            if (line.Length == 0)
            {
                afterGap = true;
                continue;
            }

            blocks.Add(new TextBlock(blocks.Count, line, afterGap));
            afterGap = false;
        }

        return blocks;
    }
}
