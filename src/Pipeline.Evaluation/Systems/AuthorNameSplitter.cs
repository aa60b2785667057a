using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Systems;

/// <summary>Turns a baseline's one-string byline ("By A, B and C") into names so it can be scored like our author lists.</summary>
public static partial class AuthorNameSplitter
{
    [GeneratedRegex(@"\s*(?:[,;|/&]|\band\b|\bund\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:by|von|par|por)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static IReadOnlyList<string> Split(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        return Separator().Split(ByPrefix().Replace(byline.Trim(), string.Empty))
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .ToList();
    }
}
