using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>The shapes of a byline written as a line of text: a labelled credit ("Posted by jdoe"), a bare "by"/"von" line, a lone name, a date then a name, a closing credit.</summary>
internal static partial class BylineLinePatterns
{
    // Lower-case words that stand inside a name ("Ursula von der Leyen", "Omar bin Laden").
    /// <summary>The words that join two names in a byline's list ("Jane Doe und John Roe"), as an alternation.</summary>
    internal const string NameConjunctions = "und|and|et|y";

    private const string NameParticles = "van|von|de|der|den|la|del|da|di|du|dos|bin|al";

    // A capitalised word, possibly double-barrelled ("Müller-Lüdenscheidt"), two or three times: a short personal name,
    // perhaps with a middle initial after the first name ("Boris T. Kaiser").
    private const string TwoOrThreeCapitalisedWords = @"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}";

    // The name ends where a date, a time, a place or category ("in Sport", "under News") or a separator begins.
    private const string NameEnd = @"(?=\s*(?:$|[|·•,;–—(]|\s-\s|\d|\b(?i:am|on|le|el|il|um|at|in|im|under|unter|vom|publié|veröffentlicht|posted|published)\b))";

    // The labels that credit the author on a closing line.
    private const string ClosingLabelWords = WriterLabels.Noun + "|text|von|by";

    /// <summary>An author label opening a closing line, with or without a colon ("Autoren", "Text:").</summary>
    [GeneratedRegex(@"^(?i:" + ClosingLabelWords + @")\s*:?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    public static partial Regex ClosingLabel();

    /// <summary>An author label alone on its line, with a colon: the names follow on the next line.</summary>
    [GeneratedRegex(@"^(?i:" + ClosingLabelWords + @")\s*:$", RegexOptions.CultureInvariant)]
    public static partial Regex ClosingLabelAlone();

    /// <summary>A writer noun alone on its line, colon or none ("Auteur", "AUTOR/IN", "Autor*innen:"): a label in its own element, the names on the next line.</summary>
    [GeneratedRegex(@"^(?i:" + WriterLabels.Noun + @")\s*:?$", RegexOptions.CultureInvariant)]
    public static partial Regex WriterNounAlone();

    /// <summary>One or more short personal names and nothing else ("Jelko Djuren und Jutta Klaukien").</summary>
    [GeneratedRegex(@"^" + TwoOrThreeCapitalisedWords + @"(?:(?:\s*[,&]\s*|\s+(?:" + NameConjunctions + @")\s+)" + TwoOrThreeCapitalisedWords + @")*\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex NamesOnly();

    /// <summary>A source label opening a line ("Quelle: kathpress").</summary>
    [GeneratedRegex(@"^(?i:quelle|quellen|source|sources|fuente|fonte)\s*:\s*\S", RegexOptions.CultureInvariant)]
    public static partial Regex SourceLine();

    /// <summary>Two or three capitalised words, then nothing, a separator, or a separator and the rest of the line (a date, to be checked).</summary>
    [GeneratedRegex(@"^(?<name>" + TwoOrThreeCapitalisedWords + @")\s*(?:[|·•,–—-]\s*(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex OnlyName();

    /// <summary>The date, then a separator and a name ending the line ("25.10.2022 - Reiner Nagel").</summary>
    /// <remarks>
    /// The date part runs to its first digit without backtracking (<c>[^\d\n]*\d</c>): <c>.*\d</c> tried every digit of the line
    /// from the end, each with a forward scan, and took minutes on a page whose text is one megabyte-long line. Only one
    /// separator can leave a bare name to the end of the line, so the groups are the same.
    /// </remarks>
    [GeneratedRegex(@"^(?<date>[^\d\n]*\d.*?)\s[|·•–—-]\s(?<name>" + TwoOrThreeCapitalisedWords + @")$", RegexOptions.CultureInvariant)]
    public static partial Regex DateThenName();

    /// <summary>An explicit author label anywhere on the line ("Posted by jdoe", "Verfasst von: jdoe", "Autor: Jane Doe") and the name it introduces.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?i:(?:" + WriterLabels.Noun + @"|text|redaktion)\s*:|(?:posted|published|veröffentlicht|publié|publicado)\s+(?:(?:in|on|am|le|el)\s+[^|]{1,40}?\s+)?(?:by|von|par|por)|written\s+by|verfasst\s+von|geschrieben\s+von|erstellt\s+von|gepostet\s+von|(?:ein\s+)?(?:artikel|beitrag)\s+von)\s*:?\s*(?<name>[\p{L}\p{N}_.'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*(?:(?:\s*[,&]\s*|\s+(?:" + NameConjunctions + @")\s+)[\p{L}\p{N}_.'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*)*)" + NameEnd, RegexOptions.CultureInvariant)]
    public static partial Regex Labelled();

    /// <summary>A bare "by"/"von" opening the line and the capitalised name after it ("von Jane Doe").</summary>
    [GeneratedRegex(@"^(?:[-–—]+\s*)?(?i:by|von|vom|par|por|door|di)(?::\s*|\s+)(?<name>\p{Lu}[\p{L}'’.-]*(?:(?:\s*[,&]\s*|\s+(?:" + NameConjunctions + @")\s+|\s+)(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*)" + NameEnd, RegexOptions.CultureInvariant)]
    public static partial Regex Bare();
}
