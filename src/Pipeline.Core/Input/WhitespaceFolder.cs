using System.Buffers;
using System.Text;

namespace Pipeline.Core.Input;

/// <summary>Folds Unicode spaces (NBSP and friends) to plain spaces and collapses runs; quotes and dashes are left as they are.</summary>
public static class WhitespaceFolder
{
    /// <summary>Folds one line (or inline text): every run of whitespace becomes one space; zero-width characters go; the result is trimmed.</summary>
    public static string FoldLine(ReadOnlySpan<char> text)
    {
        // The result is never longer than the input: a short line is folded on the stack, a long one in a rented buffer.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            // Printable ASCII other than the space (most characters) is neither whitespace nor zero-width: kept as it is.
            if (c is > ' ' and < '\u007F')
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
                continue;
            }

            // The plain space, the next most common character, ends the word without the Unicode checks below.
            if (c == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsZeroWidth(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u180E')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        var folded = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    /// <summary>Folds the text of a builder as <see cref="FoldLine(ReadOnlySpan{char})"/> does, without first copying it into a string when it is one chunk.</summary>
    public static string FoldLine(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var chunk in text.GetChunks())
        {
            return chunk.Length == text.Length ? FoldLine(chunk.Span) : FoldLine(text.ToString());
        }

        return "";
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
