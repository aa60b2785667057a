using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Finds the owner of a personal site: a person whose name the site's domain spells ("wolfgangmichal.de", "alexander-klier.net"),
/// whose name the site's name or the page title shows ("… | Wolfgang Michal", "Dr. Alexander Klier"), and whose site links to a page
/// about its owner ("Über mich", "About me"). Such a site's pages are written by that person when nothing else on the page names a writer;
/// a brand named like its domain ("Zoo Berlin", "Japan Times") has no page about "me".
/// </summary>
public sealed class PersonalSiteOwner
{
    private static readonly char[] Separators = ['|', '–', '—', '·', ':', '»', '«'];
    private static readonly HashSet<string> SecondLevelLabels = new(StringComparer.OrdinalIgnoreCase) { "co", "com", "org", "net", "ac", "gov", "or" };

    private readonly HashSet<string> _markers;

    public PersonalSiteOwner(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _markers = new HashSet<string>(rules.PersonalSiteMarkers, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The owner's name as the page writes it, or null when the domain spells no name the page shows or the site has no page about its owner.</summary>
    /// <param name="host">The page's host ("www.wolfgangmichal.de").</param>
    /// <param name="shownNames">The site's name and the page title: where a personal site writes its owner's name.</param>
    /// <param name="document">The page, whose links are searched for the page about its owner.</param>
    public string? Find(string? host, IEnumerable<string?> shownNames, IDocument document)
    {
        ArgumentNullException.ThrowIfNull(shownNames);
        ArgumentNullException.ThrowIfNull(document);
        if (_markers.Count == 0 || DomainName(host) is not { Length: >= 6 } domain)
        {
            return null;
        }

        foreach (var shown in shownNames)
        {
            if (string.IsNullOrWhiteSpace(shown))
            {
                continue;
            }

            foreach (var segment in shown.Replace(" - ", " | ", StringComparison.Ordinal).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (NameSpelledBy(segment, domain) is { } name)
                {
                    return LinksToOwnerPage(document) ? name : null;
                }
            }
        }

        return null;
    }

    private bool LinksToOwnerPage(IDocument document) =>
        document.QuerySelectorAll("a").Any(a => a.TextContent.Length < 40 && _markers.Contains(WhitespaceFolder.FoldLine(a.TextContent).Trim()));

    /// <summary>Two or three capitalised words of <paramref name="segment"/> that, written together, are the domain's name.</summary>
    private static string? NameSpelledBy(string segment, string domain)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A person's name with a title at most ("Dr. Alexander Klier"); a longer segment is a headline that happens to hold it.
        if (words.Length > 4)
        {
            return null;
        }

        for (var length = 2; length <= 3; length++)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var run = words[start..(start + length)];
                if (run.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) && w.All(c => char.IsLetter(c) || c is '-' or '\''))
                    && string.Equals(AuthorNameNormalizer.Folded(string.Concat(run)), domain, StringComparison.Ordinal))
                {
                    return string.Join(' ', run);
                }
            }
        }

        return null;
    }

    /// <summary>The registered name of a host, folded ("www.alexander-klier.net" is "alexanderklier"); null for an address or a bare suffix.</summary>
    private static string? DomainName(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2 || labels[^1].All(char.IsDigit))
        {
            return null;
        }

        var index = labels.Length >= 3 && SecondLevelLabels.Contains(labels[^2]) ? labels.Length - 3 : labels.Length - 2;
        return AuthorNameNormalizer.Folded(labels[index]);
    }
}
