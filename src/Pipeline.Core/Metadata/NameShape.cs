using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>What a byline's parts look like: a person's name, a name of any kind, or by their shape none (a clause, a list of topics, an affiliation, a biography).</summary>
internal static partial class NameShape
{
    /// <summary>Two to five capitalised words.</summary>
    internal static bool LooksLikePersonName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        // Names are capitalised words; lower-case particles (van, de, von, al-) may sit between them.
        return char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && words.All(w => char.IsLetter(w[0]) || w[0] == '\'');
    }

    /// <summary>
    /// True when <paramref name="name"/> is a clause, not a name: four words or more with a lower-case word of four letters or more
    /// ("La información es de Cristian Cerna", "early internet culture. He studied"); particles between names are short ("de la", "von der").
    /// </summary>
    internal static bool ReadsAsSentence(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Any(w => w.Length >= 4 && char.IsLower(w[0]) && w.All(char.IsLetter));
    }

    /// <summary>One to six words opening with a letter: a name as markup that labels the author may give it (a pen name, a handle).</summary>
    internal static bool LooksLikeName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6 && char.IsLetter(words[0][0]);
    }

    /// <summary>
    /// True when three single words or more, capitalised as written ("International / Photovoltaik / Speicher"), list the story's topics,
    /// not its writers; a newsroom's lower-case handles ("srf/hosb;kesm") are credits.
    /// </summary>
    internal static bool ListsTopics(List<string> authors, string line) =>
        authors.Count >= 3 && authors.All(a => !a.Contains(' ', StringComparison.Ordinal) && char.IsUpper(a[0]) && line.Contains(a, StringComparison.Ordinal));

    /// <summary>An acronym, then words in ordinary case ("ACLU Racial Justice Program", "AMP Project Marketing").</summary>
    [GeneratedRegex(@"^\p{Lu}{2,6}\s+\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    internal static partial Regex AcronymLed();

    /// <summary>A full name, then "is a"/"ist ein"/"est un" and the rest of the block: a writer's biography, not a list of names.</summary>
    // The name starts a word: a start inside a long run of letters would scan that run again from every capital.
    [GeneratedRegex(@"(?<![\p{L}'’-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\s+(?:is|was|ist|war|est|es|è)\s+(?:an?|the|ein|eine|einer|un|une|una|uno|la|le|el|een)\s[^|]*", RegexOptions.CultureInvariant)]
    internal static partial Regex BiographySentence();
}
