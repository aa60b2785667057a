using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Normalises language tags ("EN_us", "de-DE", "pt_br") to BCP 47 casing: "en-US", "de-DE", "pt-BR"; a tag that names no language ("utf-8") is none.</summary>
public static partial class LanguageTagNormalizer
{
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var m = Tag().Match(tag.Trim().Split(',', ';')[0].Trim());
        if (!m.Success)
        {
            return null;
        }

        if (LanguageCodes.Current(m.Groups["l"].Value.ToLowerInvariant()) is not { } language)
        {
            return null;
        }

        return m.Groups["r"].Success ? language + "-" + m.Groups["r"].Value.ToUpperInvariant() : language;
    }

    [GeneratedRegex(@"^(?<l>[a-zA-Z]{2,3})(?:[-_](?:[a-zA-Z]{4}[-_])?(?<r>[a-zA-Z]{2}|\d{3}))?(?:[-_].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
