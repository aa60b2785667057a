using System.Text;

namespace Pipeline.Core.Input;

/// <summary>Folds Unicode spaces (NBSP and friends) to plain spaces and collapses runs; quotes and dashes are left as they are.</summary>
public static class WhitespaceFolder
{
    /// <summary>Folds one line (or inline text): every run of whitespace becomes one space; zero-width characters go; the result is trimmed.</summary>
    public static string FoldLine(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsZeroWidth(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u180E')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Folds every line of a text and normalises line endings to \n; blank lines are kept as empty lines.</summary>
    public static IReadOnlyList<string> FoldLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines.Add(FoldLine(line));
        }

        return lines;
    }

    // U+200D (zero-width joiner) is kept: emoji sequences and some scripts need it. Soft hyphens (U+00AD) are kept too: they are part of
    // the published text, and reference texts (fundus, AEB, trafilatura snippets) spell hyphenated words with them.
    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u2060' or '\uFEFF';
}
