using System.Collections.Frozen;
using System.Globalization;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Names the language of an article's text, or checks the one its page declares: by its script, and for Latin and Cyrillic text by its common words.</summary>
public sealed class LanguageGuesser
{
    /// <summary>Enough text to tell a language; reading a whole long article would say nothing more.</summary>
    private const int MaxChars = 4000;

    /// <summary>Fewer common words than this (or than 1 in 8 words: prose in any of these languages runs at a quarter or more) is too little to go on: a list of names, a code sample.</summary>
    private const int MinHits = 5;

    /// <summary>
    /// A declared English whose common words are fewer than a third of another language's is not the text's: English is the language templates
    /// declare by default. Any other language was declared on purpose, and loses only when its words are nearly absent (a tenth), since a
    /// German story may quote English at length.
    /// </summary>
    private const int TemplateDefaultRatio = 3;

    private const int DeclaredRatio = 10;

    /// <summary>Languages told by their script alone: declared over text in Latin or Cyrillic letters, they cannot be its language.</summary>
    private static readonly FrozenSet<string> ScriptLanguages = FrozenSet.Create(StringComparer.Ordinal, "zh", "ja", "ko", "ar", "fa", "ur", "he", "el", "hi", "th");

    /// <summary>Enough text to check a declared language against: a plain contradiction shows in the first few hundred words.</summary>
    private const int MaxCheckedChars = 2000;

    /// <summary>The longest word looked up: the word lists' common words are far shorter.</summary>
    private const int MaxCommonWordChars = 32;

    private readonly FrozenDictionary<string, string[]> _languagesByWord;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly FrozenSet<string> _wordLanguages;

    public LanguageGuesser(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _languagesByWord = rules.LanguageWords
            .SelectMany(pair => pair.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: pair.Key)))
            .GroupBy(entry => entry.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(entry => entry.Language).Distinct().ToArray(), StringComparer.Ordinal);
        _wordLookup = _languagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLanguages = rules.LanguageWords.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The page's declared language, unless the article's text plainly is in another: a template's default ("en-US" on a German blog, "en"
    /// on a Spanish daily) loses to the text, which then names the language by its primary tag. Too little text, a near tie, or a declared
    /// language the text's words cannot speak against keeps the declaration.
    /// </summary>
    public string Reconcile(string declared, string? text)
    {
        ArgumentNullException.ThrowIfNull(declared);
        if (string.IsNullOrEmpty(text))
        {
            return declared;
        }

        var primary = Primary(declared);
        var sample = text.Length > MaxCheckedChars ? text[..MaxCheckedChars] : text;
        var script = ScriptLanguage(sample);
        if (script is null)
        {
            return declared;
        }

        // Another script than the declared language's letters: a language written in Latin or Cyrillic letters declared over Arabic or
        // Japanese text. (Chinese against Japanese, told apart by the share of kana, is not overruled.)
        if (script.Length > 0)
        {
            return _wordLanguages.Contains(primary) ? script : declared;
        }

        var (hits, words) = WordHits(sample);
        if (Winner(hits, words) is not { } written || written == primary)
        {
            return declared;
        }

        if (ScriptLanguages.Contains(primary))
        {
            return written;
        }

        // A language without a word list here (Bosnian beside Croatian) is not spoken against.
        var ratio = primary == "en" ? TemplateDefaultRatio : DeclaredRatio;
        return _wordLanguages.Contains(primary) && hits.GetValueOrDefault(primary) * ratio < hits[written] ? written : declared;
    }

    /// <summary>The primary subtag of a tag as <see cref="LanguageTagNormalizer"/> writes it ("de" of "de-CH").</summary>
    private static string Primary(string tag) => tag.Split('-')[0];

    /// <summary>The language's primary tag ("de", "ja"), or null when the text is too short or too mixed to tell.</summary>
    public string? Guess(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var sample = text.Length > MaxChars ? text[..MaxChars] : text;
        return ScriptLanguage(sample) is { } byScript ? (byScript.Length == 0 ? ByWords(sample) : byScript) : null;
    }

    /// <summary>The language a script names on its own; "" for Latin and Cyrillic text, whose words must tell; null for too few letters.</summary>
    private static string? ScriptLanguage(string sample)
    {
        int letters = 0, latin = 0, cyrillic = 0, kana = 0, han = 0, hangul = 0, arabic = 0, persian = 0, urdu = 0, hebrew = 0, greek = 0, devanagari = 0, thai = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case < '\u0250': latin++; break;
                case >= '\u0370' and < '\u0400': greek++; break;
                case >= '\u0400' and < '\u0530': cyrillic++; break;
                case >= '\u0590' and < '\u0600': hebrew++; break;
                case >= '\u0600' and < '\u0700':
                    arabic++;
                    // Letters Persian and Urdu add to the Arabic alphabet (Urdu shares Persian's, so it is told by its own).
                    if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC') persian++;
                    if (c is '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06D2' or '\u06BE') urdu++;
                    break;
                case >= '\u0900' and < '\u0980': devanagari++; break;
                case >= '\u0E00' and < '\u0E80': thai++; break;
                case >= '\u1100' and < '\u1200' or >= '\uAC00' and < '\uD7B0': hangul++; break;
                case >= '\u3040' and < '\u3100': kana++; break;
                case >= '\u4E00' and < '\uA000' or >= '\u3400' and < '\u4DC0': han++; break;
            }
        }

        if (letters < 20)
        {
            return null;
        }

        // Japanese writes kana between its kanji; Chinese never does.
        if (kana + han + hangul > letters / 2)
        {
            return hangul > kana + han ? "ko" : kana * 10 > kana + han ? "ja" : "zh";
        }

        var scripts = new (int Count, string Language)[]
        {
            (latin, ""), (cyrillic, ""), (arabic, urdu * 50 > arabic ? "ur" : persian * 50 > arabic ? "fa" : "ar"), (hebrew, "he"), (greek, "el"), (devanagari, "hi"), (thai, "th"),
        };
        var (count, language) = scripts.MaxBy(s => s.Count);
        return count * 2 > letters ? language : null;
    }

    private string? ByWords(string sample)
    {
        var (hits, words) = WordHits(sample);
        return Winner(hits, words);
    }

    /// <summary>How many of the sample's words are common words of each language, and how many words it has.</summary>
    private (Dictionary<string, int> Hits, int Words) WordHits(string sample)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var start = -1;
        Span<char> lower = stackalloc char[MaxCommonWordChars];
        for (var i = 0; i <= sample.Length; i++)
        {
            var inWord = i < sample.Length && (char.IsLetter(sample[i]) || (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(sample[i]) is UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words++;
                // Looked up without a string per word: common words are short, and a longer word is none of them.
                if (i - start <= MaxCommonWordChars && sample.AsSpan(start, i - start).ToLowerInvariant(lower) is var length and > 0
                    && _wordLookup.TryGetValue(lower[..length], out var languages))
                {
                    foreach (var language in languages)
                    {
                        hits[language] = hits.GetValueOrDefault(language) + 1;
                    }
                }

                start = -1;
            }
        }

        return (hits, words);
    }

    /// <summary>The language with clearly the most common words, or null when too few words are common or two languages nearly tie.</summary>
    private static string? Winner(Dictionary<string, int> hits, int words)
    {
        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < Math.Max(MinHits, words / 8))
        {
            return null;
        }

        // Close relatives (Danish and Norwegian, Czech and Croatian) share most small words: a near tie names neither.
        return ranked.Count == 1 || ranked[0].Value * 10 >= ranked[1].Value * 12 ? ranked[0].Key : null;
    }
}
