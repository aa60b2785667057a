using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Chooses the article title among JSON-LD headline, Open Graph/Twitter titles, the main &lt;h1&gt; and &lt;title&gt;, without the site name.</summary>
public static partial class TitleReconciler
{
    /// <param name="structured">Titles from JSON-LD and meta tags, most trusted first.</param>
    /// <param name="heading">The text of the main &lt;h1&gt;, if any.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="siteName">The site's name, to strip.</param>
    /// <param name="host">The page's host name, to strip.</param>
    public static string? Reconcile(IEnumerable<string?> structured, string? heading, string? documentTitle, string? siteName, string? host)
    {
        ArgumentNullException.ThrowIfNull(structured);
        var candidates = structured.Select(Clean).OfType<string>().Select(t => SiteNameSuffixRemover.Remove(t, siteName, host)).ToList();
        heading = Clean(heading);
        var title = Clean(documentTitle) is { } t ? SiteNameSuffixRemover.Remove(t, siteName, host) : null;

        // A heading that one of the declared titles agrees with is the visible, unabbreviated title.
        if (heading is not null && heading.Length >= 6 && (candidates.Any(c => Agrees(c, heading)) || (title is not null && Agrees(title, heading))))
        {
            var declared = candidates.FirstOrDefault(c => Agrees(c, heading));
            return declared is not null && declared.Length >= heading.Length && (siteName is not null || !EndsWithSiteSegment(declared, heading)) ? declared : heading;
        }

        return candidates.FirstOrDefault() ?? (title is null ? null : SiteNameSuffixRemover.RemoveShortTrailingSegment(title)) ?? heading;
    }

    /// <summary>True when <paramref name="declared"/> is the heading plus a separated tail ("Heading - Site"): on a page that does not declare its
    /// name the tail is that name, not more title (a declared site name has already been removed, so a tail left then is the title's own).</summary>
    private static bool EndsWithSiteSegment(string declared, string heading) =>
        declared.Length > heading.Length
        && declared.StartsWith(heading, StringComparison.OrdinalIgnoreCase)
        && SiteTail().Match(declared, heading.Length) is { Success: true } tail
        && tail.Groups[1].Value.Split(' ').Length <= 5;

    private static bool Agrees(string declared, string heading) =>
        declared.Equals(heading, StringComparison.OrdinalIgnoreCase)
        || declared.Contains(heading, StringComparison.OrdinalIgnoreCase)
        || heading.Contains(declared, StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text)
    {
        // A separator left at the start once a kicker is gone (": Title") is not part of the title.
        var folded = WhitespaceFolder.FoldLine(System.Net.WebUtility.HtmlDecode(text ?? "")).TrimStart(':', '|', '-', '–', '—', '·', '•', ' ');
        return folded.Length == 0 ? null : folded;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+[|\-–—·•»›]\s+(\S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SiteTail();
}
