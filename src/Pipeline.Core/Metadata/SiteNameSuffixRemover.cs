using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Removes the site name from a page title: "Title | Site", "Title - Site", "Site: Title", "Site » Title".</summary>
public static partial class SiteNameSuffixRemover
{
    /// <summary>The title without the segment naming the site; <paramref name="siteName"/> and <paramref name="host"/> identify it when known.</summary>
    public static string Remove(string title, string? siteName, string? host)
    {
        ArgumentNullException.ThrowIfNull(title);
        var separators = Separator().Matches(title);
        if (separators.Count == 0)
        {
            return RemoveColonPrefix(title, siteName);
        }

        // Segments as (start, end) spans of the original, so the separators kept inside the title stay as written ("A – B").
        var spans = new List<(int Start, int End)>(separators.Count + 1);
        var start = 0;
        foreach (Match separator in separators)
        {
            spans.Add((start, separator.Index));
            start = separator.Index + separator.Length;
        }

        spans.Add((start, title.Length));
        var kept = spans.Where(s => !NamesSite(title[s.Start..s.End], siteName, host)).ToList();
        if (kept.Count == 0 && siteName is not null)
        {
            // Every part names the site, one by its host ("example.de // Jens Weber" with the publisher "Jens Weber" declared): the host's part is
            // the site's; the declared name is then the owner's, whose page this is.
            kept = spans.Where(s => !NamesSite(title[s.Start..s.End], null, host)).ToList();
        }

        // The site's name set between parts ("Title : Site | Tagline | Since 2005"): what follows the name is the site's too, its tagline or sections.
        var site = spans.FindIndex(s => !kept.Contains(s));
        if (site > 0)
        {
            kept.RemoveAll(s => spans.IndexOf(s) > site);
        }

        // A lone trailing word after a full headline is a section label ("… | Sport"), not part of the title.
        if (kept.Count >= 2 && !title[kept[^1].Start..kept[^1].End].Contains(' ', StringComparison.Ordinal) && title[kept[0].Start..kept[0].End].Split(' ').Length >= 4)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == spans.Count || kept.Count == 0)
        {
            return title;
        }

        var contiguous = kept.Count == 1 || kept.Zip(kept.Skip(1)).All(pair => spans.IndexOf(pair.Second) == spans.IndexOf(pair.First) + 1);
        return contiguous
            ? title[kept[0].Start..kept[^1].End].Trim()
            : string.Join(" - ", kept.Select(s => title[s.Start..s.End])).Trim();
    }

    /// <summary>For a &lt;title&gt; element, which nearly always ends with the site's name even when it is not declared:
    /// drops a short last segment (up to three words) after a headline of four words or more ("Headline – My website").</summary>
    public static string RemoveShortTrailingSegment(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var last = Separator().Matches(title).LastOrDefault();
        if (last is null || last.Value.Trim() == ":")
        {
            return title;
        }

        var head = title[..last.Index].Trim();
        var tail = title[(last.Index + last.Length)..].Trim();
        return tail.Length > 0 && tail.Split(' ').Length <= 3 && head.Split(' ').Length >= 4 ? head : title;
    }

    /// <summary>
    /// The title without a tail glued to it with no space that ends with the site's name ("Headline-Politics|Site"), when the page also
    /// declares the title without it (<paramref name="declared"/>): a separator without spaces is otherwise part of the words ("Covid-19").
    /// </summary>
    public static string RemoveGluedTail(string title, IEnumerable<string> declared, string? siteName, string? host)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(declared);
        foreach (var shorter in declared)
        {
            if (shorter.Length > 0 && title.Length > shorter.Length + 1 && title.StartsWith(shorter, StringComparison.Ordinal) && title[shorter.Length] is var mark
                && !char.IsLetterOrDigit(mark) && !char.IsWhiteSpace(mark) && title[shorter.Length..] is var tail && tail.Split(' ').Length <= 4 && EndsWithSite(Key(tail), siteName, host))
            {
                return shorter;
            }
        }

        return title;
    }

    private static bool EndsWithSite(string key, string? siteName, string? host)
    {
        if (siteName is not null && Key(siteName) is { Length: >= 2 } site && key.EndsWith(site, StringComparison.Ordinal))
        {
            return true;
        }

        // The host's name, alone or with its domain ("… | Example", "…|example.com").
        var labels = host?.Split('.', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return labels.Length >= 2 && Key(labels[^2]) is { Length: > 2 } hostLabel
            && (key.EndsWith(hostLabel, StringComparison.Ordinal) || key.EndsWith(hostLabel + Key(labels[^1]), StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="text"/> opens with a title separator (" | News", " - Site").</summary>
    internal static bool OpensWithSeparator(string text) => Separator().Match(text) is { Success: true, Index: 0 };

    /// <summary>The parts of a title between its separators ("Site » Section » Title" gives three).</summary>
    internal static IEnumerable<string> Segments(string title) => Segments(title, Separator());

    /// <summary>The parts of a title set as a path between slashes too ("Site - Section / Speeches / Title" gives four).</summary>
    internal static IEnumerable<string> PathSegments(string title) => Segments(title, PathSeparator());

    private static IEnumerable<string> Segments(string title, Regex separators)
    {
        ArgumentNullException.ThrowIfNull(title);
        var start = 0;
        foreach (Match separator in separators.Matches(title))
        {
            yield return title[start..separator.Index].Trim();
            start = separator.Index + separator.Length;
        }

        yield return title[start..].Trim();
    }

    private static string RemoveColonPrefix(string title, string? siteName)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && siteName is not null && Same(title[..colon], siteName) ? title[(colon + 2)..].Trim() : title;
    }

    /// <summary>True when a title segment is the site's name or its host name ("Spiegel Online", "spiegel.de").</summary>
    internal static bool NamesSite(string segment, string? siteName, string? host)
    {
        var key = Key(segment);
        if (key.Length == 0)
        {
            return false;
        }

        if (siteName is not null && (Same(segment, siteName) || WithinOneEdit(key, Key(siteName)) || (Key(siteName) is { Length: > 3 } site && (key.StartsWith(site, StringComparison.Ordinal) || site.StartsWith(key, StringComparison.Ordinal) || (key.Length > 4 && site.EndsWith(key, StringComparison.Ordinal))) && key.Length <= site.Length + 12)))
        {
            return true;
        }

        if (host is null)
        {
            return false;
        }

        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var hostLabel = labels.Length >= 2 ? Key(labels[^2]) : Key(host);
        // The host's name plus a suffix word ("mdr.de", "Asahicom", "Mainichi Shimbun") is the site; plus one letter ("Limespacer") is a user's handle.
        return hostLabel.Length > 2 && (key == hostLabel || (key.StartsWith(hostLabel, StringComparison.Ordinal) && key.Length >= hostLabel.Length + 2 && key.Length <= hostLabel.Length + 8) || key == Key(host));
    }

    private static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>Long keys one typo apart ("lesothotimez" for "lesothotimes"): the site's own account name, spelled as a handle.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < 8 || b.Length < 8 || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        // Substitution, insertion or deletion at the first difference; the rest must match.
        return a.AsSpan(Math.Min(prefix + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(prefix + 1, b.Length)))
            || a.AsSpan(prefix).SequenceEqual(b.AsSpan(Math.Min(prefix + 1, b.Length)))
            || a.AsSpan(Math.Min(prefix + 1, a.Length)).SequenceEqual(b.AsSpan(prefix));
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"\s+[|\-–—·•»›«‹:@]{1,2}\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+[|\-–—·•»›«‹:/@]{1,2}\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PathSeparator();
}
