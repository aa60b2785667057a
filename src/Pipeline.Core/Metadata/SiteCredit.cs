using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Tells a credit to the site itself (its name, its publisher, a desk named by a one-word site name) from its newsroom's credit and from a person a blog is named after.</summary>
internal sealed partial class SiteCredit(MetadataRules rules, BylineParser bylines)
{
    private readonly HashSet<string> _generic = new(rules.SiteNameGenericWords, StringComparer.OrdinalIgnoreCase);
    private readonly SocialNetworkHosts _socialHosts = new(rules);

    /// <summary>Whether <paramref name="name"/> is a social network's host or a profile on it without the scheme ("facebook.com/vegolosi"): nobody's credit.</summary>
    public bool NamesSocialNetwork(string name)
    {
        var host = name.AsSpan().Trim();
        return _socialHosts.Contains(host.IndexOf('/') is > 0 and var slash ? host[..slash] : host);
    }

    /// <summary>Whether <paramref name="name"/> names the site or its publisher, not a person the site is named after.</summary>
    public bool NamesSite(string name, PageSite site) =>
        (SiteNameSuffixRemover.NamesSite(name, site.Name, site.Host) || (site.Publisher is not null && SiteNameSuffixRemover.NamesSite(name, site.Publisher, null))
        || StartsWithShortSiteName(name, site.Name)) && !NamesPersonBehindSite(name, site.Name);

    /// <summary>The site's own newsroom ("auto-motor.at Redaktion"): the site's name plus a desk word it does not have itself. A credit, not the bare site name.</summary>
    public bool NamesDesk(string name, string? siteName)
    {
        if (siteName is null)
        {
            return false;
        }

        var site = siteName.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !site.Contains(w)).ToList();
        return extra.Count is > 0 and < 3 && bylines.HasDeskWord(string.Join(' ', extra));
    }

    /// <summary>
    /// A blog named after its author ("Matthew Davis's Blog", "gnaddrig ad libitum", "Dr. Alexander Klier"): the name is part of the
    /// site's name, and what the site's name adds is not a generic word of a newsroom ("Online", "News", "Magazin", a domain, an article).
    /// </summary>
    private bool NamesPersonBehindSite(string name, string? siteName)
    {
        if (siteName is null)
        {
            return false;
        }

        var site = Words(siteName);
        var person = string.Concat(Words(name));
        if (person.Length == 0 || !ReadsAsPerson(name) || Separators().Split(siteName).Any(segment => string.Concat(Words(segment)) == person))
        {
            return false;
        }

        // The name as a run of the site's words, also written together as a handle ("damianduchamps" in "Damian Duchamps' Blog").
        for (var start = 0; start < site.Length; start++)
        {
            for (var end = start + 1; end <= site.Length && end - start < site.Length; end++)
            {
                if (string.Concat(site[start..end]) == person)
                {
                    var rest = site[..start].Concat(site[end..]);
                    return !rest.All(w => w.Contains('.', StringComparison.Ordinal) || _generic.Contains(w) || bylines.IsOrganisation(w));
                }
            }
        }

        return false;

        // A handle ("gnaddrig") or capitalised words ("Matthew Davis"); not a brand ("Die FURCHE", "kath.net").
        bool ReadsAsPerson(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return !bylines.IsOrganisation(text) && !_generic.Contains(words[0]) && words.All(w => w.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
                && (words.Length == 1 || (words.Length <= 4 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))));
        }

        // Words as compared: lower case, possessives and punctuation around them gone ("Davis's" is "davis").
        static string[] Words(string text) => text.ToLowerInvariant().Split((char[])[' ', '|', '-', '–', '—', ':', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '!', '?', '"', '“', '”', '*').Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).TrimEnd('\'', '’'))
            .Where(w => w.Length > 0).ToArray();
    }

    /// <summary>A one-word site name ("MDR") opening a several-word credit ("MDR THÜRINGEN") names a desk of that site, not a person.</summary>
    private static bool StartsWithShortSiteName(string name, string? siteName)
    {
        if (siteName is null || siteName.Contains(' ', StringComparison.Ordinal) || siteName.Length < 2)
        {
            return false;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name.AsSpan(0, space).Equals(siteName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The separators between the parts of a site name that also carries a title ("Title - Site", "Site | Claim").</summary>
    [GeneratedRegex(@"\s[|–—-]\s|\s?\|\s?|:\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
