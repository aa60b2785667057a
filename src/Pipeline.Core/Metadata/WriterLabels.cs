using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>The words that introduce a byline's writer ("By", "Von", "Text:") where they open, end or make up a part of the byline.</summary>
internal static partial class WriterLabels
{
    /// <summary>The short writer labels of the byline languages: one list for the three places a label can stand.</summary>
    private const string Label = "(?:by|von|par|por|door|di|av|af)";

    /// <summary>
    /// The writer nouns used as a label ("Autor", "Author", "Auteur"), with the gender-inclusive and plural forms the byline
    /// languages write ("Autor/in", "Autor*innen", "Autor:in", "AutorIn", "Autor_in", "Auteur·e", "Auteur(s)", "Autor/a"); for
    /// case-insensitive patterns. "Autor:in" must be tried before "Autor" followed by a colon.
    /// </summary>
    internal const string Noun = @"(?:autor(?:[*:_/·]?in(?:nen)?|innen|en|[/(]a\)?|a|as|es)?|authors?|auteure?s?(?:[·.]e|\(e\))?(?:s|\(s\))?|autrices?|autore|autori)(?![\p{L}*_/·])";

    /// <summary>A label that credits a writer again after a picture's credit ("Text:", "Von", "By").</summary>
    [GeneratedRegex(@"^\s*(?:text|texte|texto|testo|tekst|autor|autorin|author|auteur|redaktion)\s*:|^\s*" + Label + @"\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Opening();

    /// <summary>The label on its own ("Travel | By | Jane Doe").</summary>
    [GeneratedRegex("^" + Label + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Alone();

    /// <summary>Text that ends with the label ("Kommentar von", "Rezept von"): what follows it is the writer's name.</summary>
    [GeneratedRegex(@"(?<!\p{L})" + Label + @"\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Closing();

    /// <summary>
    /// A writer noun opening the byline before a capitalised name ("AUTOR/IN Julius Richter", "Autor*innen: Jane Doe, John Roe"):
    /// dropped before the byline is split at its separators, whose "/", "·", ":" and "*" would otherwise cut the label in two.
    /// </summary>
    [GeneratedRegex(@"^\s*(?i:" + Noun + @")\s*:?\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    public static partial Regex LeadingNoun();
}
