using Pipeline.Core.Metadata;

namespace Pipeline.Core.Html;

/// <summary>
/// A line that credits a news agency and then the place it filed from ("AFP, MANILA", "Reuters, Berlin"): the story's credit, not its text.
/// A slash or the agency last ("PAP/ Rafał Guz", "Emergencias Andalucía/EFE") is how a picture is credited, and is not read.
/// </summary>
internal static class AgencyPlaceLine
{
    /// <summary>An agency and a place fit in this many characters.</summary>
    private const int MaxChars = 60;

    /// <summary>A place is named in a few words ("MANILA", "New Delhi", "Rio de Janeiro").</summary>
    private const int MaxPlaceWords = 3;

    /// <summary>The canonical name of the agency the line credits, or null when the line is not an agency and a place alone.</summary>
    public static string? Agency(string text, AgencyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var separator = text.IndexOf(',', StringComparison.Ordinal);
        if (text.Length > MaxChars || separator <= 0 || text.IndexOf(',', separator + 1) >= 0 || text.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        return catalog.Match(text[..separator]) is { } agency && IsPlace(text[(separator + 1)..].Trim().TrimEnd('.')) ? agency : null;
    }

    /// <summary>One to three words opening with a capital, of letters and the marks names use: no digit, no sentence.</summary>
    private static bool IsPlace(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxPlaceWords
            && char.IsUpper(words[0][0])
            && words.All(w => w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'));
    }
}
