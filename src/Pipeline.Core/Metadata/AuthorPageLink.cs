using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>A link to an author's page on the page's own site ("/author/jane-doe"), standing apart from prose and reading as a name: a byline without byline markup.</summary>
internal sealed partial class AuthorPageLink(IEnumerable<string> addressFragments)
{
    /// <summary>A paragraph this long is running text.</summary>
    private const int ProseLength = 200;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "van", "von", "vom", "de", "der", "den", "la", "le", "del", "da", "di", "du", "dos", "bin", "al", "y", "und", "and", "&" };

    private readonly SearchValues<string> _addressFragments = SearchValues.Create([.. addressFragments], StringComparison.OrdinalIgnoreCase);

    /// <summary>The site (see <see cref="SiteOf"/>) of the page's canonical address, or null when it has none usable.</summary>
    public static string? SiteOfPage(string? canonical) =>
        Uri.TryCreate(canonical?.Trim(), UriKind.Absolute, out var page) && page.Scheme is "http" or "https" && !page.Host.Equals("web.archive.org", StringComparison.OrdinalIgnoreCase) ? SiteOf(page.Host) : null;

    /// <summary>Whether <paramref name="link"/> (whose href is <paramref name="href"/>) credits an author of the page on <paramref name="site"/>.</summary>
    public bool Credits(IElement link, string href, string? site) => IsAuthorPage(href, site) && !InProse(link) && ReadsAsName(link) && !IsIconButton(link);

    /// <summary>A link drawn as an icon with a label ("E-Paper", "Profil" beside a person glyph) is a button of the site's interface; a byline names its writer in words.</summary>
    private static bool IsIconButton(IElement link) => link.QuerySelector("svg") is not null;

    /// <summary>A link to an author's page on this site; one to another site ("youtube.com/user/…", a profile on a social network) is not the byline's.</summary>
    private bool IsAuthorPage(string href, string? site)
    {
        var at = href.AsSpan().IndexOfAny(_addressFragments);
        if (at < 0 || !NamesSomeone(href.AsSpan(at + 1)))
        {
            return false;
        }

        return site is null || !Uri.TryCreate(href, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https")
            || target.Host.Equals("web.archive.org", StringComparison.OrdinalIgnoreCase) || SiteOf(target.Host) == site;
    }

    /// <summary>
    /// Whether the address goes on past the section ("author/jane-doe", "profile/?u=5"): the section alone ("/modules/profile/",
    /// a menu's "Userprofile") is the site's index of authors or the reader's own profile, no one's page. A dated path after it
    /// ("journalist/2012-06/01/content_25335209.htm") is a story filed under a section of that name, as headline links list them.
    /// </summary>
    private static bool NamesSomeone(ReadOnlySpan<char> fromSection)
    {
        var slash = fromSection.IndexOf('/');
        var rest = slash < 0 ? [] : fromSection[(slash + 1)..];
        var fragment = rest.IndexOf('#');
        rest = (fragment < 0 ? rest : rest[..fragment]).Trim('/');
        return !rest.IsEmpty && !DatedPath().IsMatch(rest);
    }

    /// <summary>A path that opens with a year, alone or with its month ("2012/06/…", "2012-06/01/…"): an archive of stories, not a person.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}(?:[-_/]\d{1,2})?/", RegexOptions.CultureInvariant)]
    private static partial Regex DatedPath();

    /// <summary>A link flagged only by its address must read as a name: "Datenschutzeinstellungen verwalten" or "Who we are" is an action or a page.</summary>
    private static bool ReadsAsName(IElement link)
    {
        var words = link.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || words.All(w => !char.IsLower(w[0]) || NameParticles.Contains(w));
    }

    /// <summary>The last two labels of a host ("example.com" for "www.example.com"): links between a site's subdomains stay on the site.</summary>
    private static string SiteOf(string host)
    {
        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        return labels.Length >= 2 ? labels[^2] + "." + labels[^1] : host.ToLowerInvariant();
    }

    /// <summary>A link inside a paragraph of running text mentions someone (a player's profile, a quoted expert); a byline stands apart.</summary>
    private static bool InProse(IElement link) =>
        link.ParentElement is { LocalName: "p" } paragraph && ElementText.Length(paragraph, ProseLength) >= ProseLength;
}
