using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops blocks written with look-alike letters of another script inside their words ("Аdvеrtіѕе wіth uѕ", Cyrillic а, е, і, ѕ among
/// Latin letters): text disguised that way is made to slip past filters, an advertisement and never an article's prose. A word of one
/// script quoted in a text of another ("the Russian word спасибо") mixes nothing inside a word.
/// </summary>
public static class DisguisedTextRemover
{
    /// <summary>One or two mixed words are typos or a brand's styling; a disguised line mixes many.</summary>
    private const int MinMixedWords = 3;

    /// <summary>Returns <paramref name="blocks"/> without its disguised blocks; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        return BlockDropper.Drop(blocks, removed, RemovalReasons.Advertisement, block => IsDisguised(block.Text));
    }

    /// <summary>True when at least three words, and a quarter of the words, mix Latin letters with Cyrillic or Greek ones.</summary>
    public static bool IsDisguised(string text)
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
