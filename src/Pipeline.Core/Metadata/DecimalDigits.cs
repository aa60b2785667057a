using System.Buffers;
using System.Globalization;

namespace Pipeline.Core.Metadata;

/// <summary>Reads decimal digits of any script (Arabic-Indic ١٢, Persian ۱۲, Devanagari १२, full-width １２) as the ASCII digits they stand for.</summary>
public static class DecimalDigits
{
    /// <summary>Every decimal digit of the Basic Multilingual Plane outside ASCII: each is one UTF-16 unit, so replacing it keeps every index.</summary>
    private static readonly SearchValues<char> OtherScripts = SearchValues.Create(
        [.. Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)]);

    /// <summary>Where the first decimal digit of another script than ASCII stands in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfOtherScript(ReadOnlySpan<char> text)
    {
        // Most texts are ASCII or nearly: the search for another script's digit starts at the first non-ASCII character.
        var nonAscii = text.IndexOfAnyExceptInRange('\0', '\u007f');
        if (nonAscii < 0)
        {
            return -1;
        }

        var found = text[nonAscii..].IndexOfAny(OtherScripts);
        return found < 0 ? -1 : nonAscii + found;
    }

    /// <summary>
    /// <paramref name="text"/> with every decimal digit written in ASCII, character for character (indexes and lengths are kept), so that
    /// "١٢ مارس ٢٠٢٠" reads as "12 مارس 2020" and no number parser meets a digit it rejects; the same instance when there is none to change.
    /// </summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfOtherScript(text);
        return first < 0 ? text : Rewrite(text, first);
    }

    private static string Rewrite(string text, int first) => string.Create(text.Length, (text, first), static (chars, state) =>
    {
        state.text.AsSpan().CopyTo(chars);
        for (var i = state.first; i < chars.Length; i++)
        {
            if (OtherScripts.Contains(chars[i]))
            {
                chars[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(chars[i]));
            }
        }
    });
}
