using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>The words that introduce a byline's writer ("By", "Von", "Text:") where they open, end or make up a part of the byline.</summary>
internal static partial class WriterLabels
{
    /// <summary>A label that credits a writer again after a picture's credit ("Text:", "Von", "By").</summary>
    [GeneratedRegex(@"^\s*(?:text|texte|texto|testo|tekst|autor|autorin|author|auteur|redaktion)\s*:|^\s*(?:by|von|par|por|door|di|av|af)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Opening();

    /// <summary>The label on its own ("Travel | By | Jane Doe").</summary>
    [GeneratedRegex(@"^(?:by|von|par|por|door|di|av|af)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Alone();

    /// <summary>Text that ends with the label ("Kommentar von", "Rezept von"): what follows it is the writer's name.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:by|von|par|por|door|di|av|af)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Closing();
}
