using Pipeline.Core.Input;

namespace Pipeline.Core.Text;

/// <summary>Shape measures of one line: word count, sentence ending, heading look.</summary>
public static class LineShape
{
    /// <summary>Words in the line; in scripts written without spaces (Chinese, Japanese) two characters count as one word.</summary>
    public static int Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ideographic = 0;
        foreach (var c in text)
        {
            if (IsIdeographic(c))
            {
                ideographic++;
            }
        }

        return ideographic == 0 ? WordCounter.Count(text) : WordCounter.Count(text) + (ideographic / 2);
    }

    private static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(' ', '"', '”', '’', '\'', ')', ']', '»');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？' or '」' or '）';
    }

    // Prose of this many times the minimum words always holds a sentence mark; a longer line without one is a run of link labels,
    // tags or keywords that a text browser printed on one line.
    private const int RunOnFactor = 4;

    /// <summary>Reads as running prose: enough words, or a full sentence of several words; a long line with no sentence mark at all is not.</summary>
    public static bool IsProse(string text, int proseMinWords)
    {
        var words = Words(text);
        if (words > proseMinWords * RunOnFactor && !HasSentenceMark(text))
        {
            return false;
        }

        return words >= proseMinWords * 2 || (words >= proseMinWords && EndsSentence(text))
            || (words >= proseMinWords / 2 + 2 && EndsSentence(text) && char.IsUpper(FirstLetter(text)));
    }

    /// <summary>Looks like a title or subheading: a short line starting with a capital, digit or quote, not ending with a full stop.</summary>
    public static bool IsHeading(string text, int headingMaxWords)
    {
        var words = Words(text);
        if (words is 0 || words > headingMaxWords || text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var t = text.TrimEnd();
        if (t.EndsWith('.') && !t.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var first = text[0];
        return char.IsUpper(first) || char.IsDigit(first) || first is '“' or '"' or '‘' or '\'' || char.IsUpper(FirstLetter(text));
    }

    /// <summary>The longest a head's short line runs: a byline, a name beside its date, a closing credit.</summary>
    public const int MaxShortLineLength = 160;

    /// <summary>Set in capitals throughout: letters, none of them lower case.</summary>
    public static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>How many sentence ends the line holds (a rough count).</summary>
    public static int Sentences(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？')
            {
                count++;
            }
            else if (text[i] is '.' or '!' or '?' && (i == text.Length - 1 || text[i + 1] == ' ' || text[i + 1] is '"' or '”' or '’'))
            {
                count++;
            }
        }

        return Math.Max(count, 1);
    }

    private static bool HasSentenceMark(string text) => text.AsSpan().IndexOfAny(SentenceMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?;:…。！？");

    private static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return ' ';
    }
}
