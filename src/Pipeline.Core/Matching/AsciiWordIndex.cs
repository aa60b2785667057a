namespace Pipeline.Core.Matching;

/// <summary>
/// Plain ASCII words of two or more characters, each with a bit mask, found in one pass over an ASCII text ignoring ASCII case: the
/// answer is the union of the masks of the words the text holds. Several word lists asked about one short text (an element's class
/// and id) are answered by one scan that looks at each place's two characters, instead of one vectorised search per list, whose
/// setup costs more than such a text's whole scan.
/// </summary>
public sealed class AsciiWordIndex
{
    // Two ASCII characters, folded to lower case, as a 14-bit key.
    private const int KeyBits = 7;

    // For each pair of first characters, 0 when no word starts with it, else 1 + its index in _startingWith.
    private readonly byte[] _pairs = new byte[1 << (2 * KeyBits)];
    private readonly (string Word, int Mask)[][] _startingWith;

    /// <summary>The words (ASCII, two or more characters, compared ignoring ASCII case) and the mask each one adds when it occurs.</summary>
    public AsciiWordIndex(IEnumerable<(string Word, int Mask)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, mask) in words)
        {
            if (!CanHold(word))
            {
                throw new ArgumentException($"'{word}' is not an ASCII word of two or more characters.", nameof(words));
            }

            var folded = string.Create(word.Length, word, static (span, w) =>
            {
                for (var i = 0; i < w.Length; i++)
                {
                    span[i] = (char)Fold(w[i]);
                }
            });
            masks[folded] = masks.GetValueOrDefault(folded) | mask;
        }

        var byPair = masks.GroupBy(m => Key(m.Key[0], m.Key[1])).ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(byPair.Count, byte.MaxValue, nameof(words));
        _startingWith = new (string, int)[byPair.Count][];
        for (var i = 0; i < byPair.Count; i++)
        {
            _pairs[byPair[i].Key] = (byte)(i + 1);
            _startingWith[i] = [.. byPair[i].Select(m => (m.Key, m.Value))];
        }
    }

    /// <summary>Whether <paramref name="word"/> can be indexed: ASCII, two or more characters.</summary>
    public static bool CanHold(string word) => word is { Length: >= 2 } && System.Text.Ascii.IsValid(word);

    /// <summary>The union of the masks of the words <paramref name="text"/> holds (0 for none), or false when the text is not all ASCII.</summary>
    public bool TryFind(ReadOnlySpan<char> text, out int mask)
    {
        mask = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        int previous = text[0];
        if (previous > 127)
        {
            return false;
        }

        previous = Fold(previous);
        for (var i = 1; i < text.Length; i++)
        {
            int current = text[i];
            if (current > 127)
            {
                mask = 0;
                return false;
            }

            current = Fold(current);
            var slot = _pairs[(previous << KeyBits) | current];
            previous = current;
            if (slot != 0)
            {
                mask |= MatchesAt(text, i - 1, _startingWith[slot - 1]);
            }
        }

        return true;
    }

    // The words starting with the two characters at start (already matched) that go on to match there.
    private static int MatchesAt(ReadOnlySpan<char> text, int start, (string Word, int Mask)[] words)
    {
        var mask = 0;
        foreach (var (word, wordMask) in words)
        {
            if (word.Length > text.Length - start)
            {
                continue;
            }

            var k = 2;
            while (k < word.Length && Fold(text[start + k]) == word[k])
            {
                k++;
            }

            if (k == word.Length)
            {
                mask |= wordMask;
            }
        }

        return mask;
    }

    // ASCII upper-case letters to lower case; every other character as it is.
    private static int Fold(int c) => c - 'A' < 26u ? c | 0x20 : c;

    private static int Key(char first, char second) => (Fold(first) << KeyBits) | Fold(second);
}
