namespace Pipeline.Core.Metadata;

/// <summary>Picks the site's name from its declared sources, passing over one that a CMS filled with the article's headline.</summary>
/// <remarks>
/// Some CMSs write the page title into <c>og:site_name</c> or <c>application-name</c> ("Storm hits coast | Daily Planet", or
/// the bare headline). Such a value would be reported as the site's name and would keep the site's suffix on the title.
/// </remarks>
internal static class SiteNameChooser
{
    /// <summary>A headline shorter than this says too little to tell it from a site's name ("Daily Planet News").</summary>
    private const int MinHeadlineWords = 4;

    /// <summary>Longer than this, a declared text is neither a site's name holding a headline nor a headline (the longest title on the dataset pages has 222 characters).</summary>
    private const int MaxChars = 1000;

    /// <summary>A site's name beside the headline is a few words ("Die FURCHE", "Handball Schweiz"), not a second sentence.</summary>
    private const int MaxSiteWords = 6;

    /// <param name="candidates">The declared site names, most trusted first.</param>
    /// <param name="headlines">What the page states as the article's headline: the visible main heading, the structured headline, the sharing title.</param>
    /// <param name="shownHeadline">The headline the visible main heading or the structured data states (not only a sharing tag).</param>
    /// <returns>The first candidate that is not a headline; of one that is "headline | site", the site's part.</returns>
    public static string? Choose(IEnumerable<string?> candidates, IReadOnlyList<string> headlines, Func<string, bool> shownHeadline)
    {
        foreach (var raw in candidates)
        {
            if (MetaText.Clean(raw) is not { } declared || Tidy(declared) is not { } candidate)
            {
                continue;
            }

            // "https://www.inquirer.com" in og:site_name is where the site lives: its host ("inquirer.com") is the name a reader would
            // use. A later source is not preferred for it, as that is often the publisher of a syndicated story or the owning company.
            if (HostOfAddress(candidate) is { } host)
            {
                return host;
            }

            // Texts past a headline's length are no headline (as for titles), and searching one megabyte-long text for another can take
            // minutes on repeated text, which no time budget could interrupt.
            var held = candidate.Length > MaxChars ? null
                : headlines.FirstOrDefault(h => h.Length <= MaxChars && WordCount(h) >= MinHeadlineWords && candidate.Contains(h, StringComparison.OrdinalIgnoreCase));
            if (held is null)
            {
                return candidate;
            }

            if (Beside(candidate, held) is { } site)
            {
                return site;
            }

            // The bare headline: passed over only when the page shows it as the article's heading too, so that a site whose
            // sharing title is its own name ("Boston News, Weather, Sports | 7News") keeps it.
            if (!shownHeadline(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The host, without "www.", of a text that is only a web address with its scheme or "www." ("https://www.kleinezeitung.at/"); null for any other text ("JPost.com" is a name).</summary>
    private static string? HostOfAddress(string text)
    {
        if (text.Contains(' ', StringComparison.Ordinal)
            || !(text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            || !Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var address)
            || address.AbsolutePath.Trim('/').Length > 0 || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
    }

    /// <summary>The part of "headline | site" (or "site: headline") that is not the headline, when a separator sets it apart.</summary>
    private static string? Beside(string candidate, string headline)
    {
        var at = candidate.IndexOf(headline, StringComparison.OrdinalIgnoreCase);
        var before = candidate[..at];
        var after = candidate[(at + headline.Length)..];
        var rest = before.Trim().Length > 0 ? (after.Trim().Length > 0 ? null : before) : after;
        if (rest is null || !StartsOrEndsWithSeparator(rest))
        {
            return null;
        }

        var site = rest.Trim().Trim(Separators).Trim();
        return site.Length > 0 && site.Any(char.IsLetterOrDigit) && WordCount(site) <= MaxSiteWords ? site : null;
    }

    private static bool StartsOrEndsWithSeparator(string rest)
    {
        var trimmed = rest.Trim();
        return trimmed.Length > 0 && (Array.IndexOf(Separators, trimmed[0]) >= 0 || Array.IndexOf(Separators, trimmed[^1]) >= 0);
    }

    /// <summary>The name without an ornament set off by a space at either end ("☆☆☆☆☆ - Site", "Site -"); null when nothing else is left.</summary>
    private static string? Tidy(string name)
    {
        var first = 0;
        while (first < name.Length && !char.IsLetterOrDigit(name[first]))
        {
            first++;
        }

        var last = name.Length - 1;
        while (last >= first && !char.IsLetterOrDigit(name[last]))
        {
            last--;
        }

        if (first > last)
        {
            return null;
        }

        // Only a run of separators or symbols that a space sets apart is an ornament: "1337@kultur:~$", "männer*", "Mr. T." and
        // "Bienvenue !" keep their marks.
        var start = IsOrnament(name.AsSpan(0, first)) ? first : 0;
        var end = IsOrnament(name.AsSpan(last + 1)) ? last + 1 : name.Length;
        return name[start..end];
    }

    private static bool IsOrnament(ReadOnlySpan<char> run)
    {
        if (!run.Contains(' '))
        {
            return false;
        }

        foreach (var c in run)
        {
            if (char.IsSymbol(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation || c is '•' or '·' or ':' or '/')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Separators = ['|', '-', '–', '—', '·', '•', '»', '›', ':', '/', '@', '~'];

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
