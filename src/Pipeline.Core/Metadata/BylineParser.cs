using System.Text.RegularExpressions;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Parses a byline string ("By Jane Doe and John Roe, Staff Writers | Source: AFP") into normalised author names and agencies.</summary>
public sealed partial class BylineParser
{
    private readonly AgencyCatalog _agencies;
    private readonly Regex _roles;

    public BylineParser(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _agencies = new AgencyCatalog(rules);
        var roles = rules.AuthorRoles.OrderByDescending(r => r.Length).Select(r => Regex.Escape(r) + "s?");
        _roles = new Regex(@"(?:^|[\s,\-–—|/])(?:" + string.Join("|", roles) + @")\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public AgencyCatalog Agencies => _agencies;

    public Byline Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Byline.Empty;
        }

        var authors = new List<string>();
        var agencies = new List<string>();
        foreach (var rawPart in Separator().Split(WhitespaceFolder.FoldLine(text)))
        {
            var part = Email().Replace(rawPart, " ");
            part = Prefix().Replace(part, "");
            part = _roles.Replace(part, "");
            part = part.Trim(' ', '.', ',', ':', '-', '–', '—', '(', ')', '[', ']', '@');
            if (part.Length == 0)
            {
                continue;
            }

            if (_agencies.Match(part) is { } agency)
            {
                AddOnce(agencies, agency);
            }
            else if (LooksLikePersonName(part))
            {
                AddOnce(authors, part);
            }
        }

        return new Byline(authors, agencies);
    }

    private static bool LooksLikePersonName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || part.Any(char.IsDigit))
        {
            return false;
        }

        // Names are capitalised words; lower-case particles (van, de, von, al-) may sit between them.
        return char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && words.All(w => char.IsLetter(w[0]) || w[0] == '\'');
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"\s*(?:\||;|,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:(?:written|reported|reporting|text|photos?|words)\s+by|by|von|par|por|source|sources|quelle|credit)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
