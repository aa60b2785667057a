using System.Collections.Frozen;
using System.Globalization;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Names the language of an article's text when its page declares none: by its script, and for Latin and Cyrillic text by its common words.</summary>
public sealed class LanguageGuesser
{
    /// <summary>Enough text to tell a language; reading a whole long article would say nothing more.</summary>
    private const int MaxChars = 4000;

    /// <summary>Fewer common words than this (or than 1 in 8 words: prose in any of these languages runs at a quarter or more) is too little to go on: a list of names, a code sample.</summary>
    private const int MinHits = 5;

    private readonly FrozenDictionary<string, string[]> _languagesByWord;

    public LanguageGuesser(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _languagesByWord = rules.LanguageWords
            .SelectMany(pair => pair.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: pair.Key)))
            .GroupBy(entry => entry.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(entry => entry.Language).Distinct().ToArray(), StringComparer.Ordinal);
    }

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
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var start = -1;
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
                if (_languagesByWord.TryGetValue(sample[start..i].ToLowerInvariant(), out var languages))
                {
                    foreach (var language in languages)
                    {
                        hits[language] = hits.GetValueOrDefault(language) + 1;
                    }
                }

                start = -1;
            }
        }

        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < Math.Max(MinHits, words / 8))
        {
            return null;
        }

        // Close relatives (Danish and Norwegian, Czech and Croatian) share most small words: a near tie names neither.
        return ranked.Count == 1 || ranked[0].Value * 10 >= ranked[1].Value * 12 ? ranked[0].Key : null;
    }
}
