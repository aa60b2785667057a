using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Text;

/// <summary>Splits text into <c>\w+</c> tokens with Python's Unicode semantics, as the published AEB scorer does.</summary>
public static partial class WordTokenizer
{
    // Python's str-mode \w is "alphanumeric or underscore": letters (L*), anything with a numeric value (N*) and '_'.
    // .NET's \w differs (it adds Mn/Pc and drops Nl/No), so the class is spelled out.
    [GeneratedRegex(@"[\p{L}\p{N}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    /// <summary>The tokens of <paramref name="text"/> in order; none for null or empty text.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = new List<string>();
        foreach (var match in WordRegex().EnumerateMatches(text))
        {
            tokens.Add(text.Substring(match.Index, match.Length));
        }

        return tokens;
    }
}
