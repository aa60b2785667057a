namespace Pipeline.Core.Input;

/// <summary>
/// Text written with look-alike letters of another script inside its words ("Аdvеrtіѕе wіth uѕ", Cyrillic а, е, і, ѕ among Latin letters):
/// made to slip past filters, an advertisement and never an article's prose. A word of one script quoted in a text of another ("the
/// Russian word спасибо") mixes nothing inside a word.
/// </summary>
public static class DisguisedText
{
    /// <summary>One or two mixed words are typos or a brand's styling; a disguised line mixes many.</summary>
    private const int MinMixedWords = 3;

    /// <summary>True when at least three words, and a quarter of the words, mix Latin letters with Cyrillic or Greek ones.</summary>
    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most blocks hold no Greek or Cyrillic letter at all: one vectorised search rules them out.
        if (text.AsSpan().IndexOfAnyInRange('\u0370', '\u04FF') < 0)
        {
            return false;
        }

        var words = 0;
        var mixed = 0;
        var latin = false;
        var other = false;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                inWord = true;
                latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
                other |= c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u04FF');
                continue;
            }

            if (inWord)
            {
                Close();
            }
        }

        if (inWord)
        {
            Close();
        }

        return mixed >= MinMixedWords && mixed * 4 >= words;

        void Close()
        {
            words++;
            mixed += latin && other ? 1 : 0;
            latin = false;
            other = false;
            inWord = false;
        }
    }
}
