namespace Pipeline.Core.Metadata;

/// <summary>
/// Cuts a tagline from a declared site name ("Consett Magazine - Positive Local News for Consett", "WSVN 7News | Miami News, Weather"):
/// of the parts a separator sets apart, the one that spells the host's name is the site's name.
/// </summary>
internal static class SiteNameTagline
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " • ", " :: "];

    /// <summary>Host labels this short are a country's second level ("co.uk", "com.br"), not the site's name.</summary>
    private const int MaxSecondLevelChars = 3;

    /// <summary>A second name a site goes by has a few words; past them, a part is a line about the site.</summary>
    private const int MaxNameWords = 4;

    /// <summary>The part of the site name that names the host, or the name as declared when no part or more than the whole does.</summary>
    public static string? Trim(string? siteName, string? host)
    {
        if (siteName is null || host is null || HostKey(host) is not { Length: >= 3 } hostKey)
        {
            return siteName;
        }

        var parts = siteName.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return siteName;
        }

        // The host written out ("Freie Presse" for freiepresse.de), with a suffix ("polizeiticker.ch", "WSVN 7News"), or shortened
        // ("BUND" for bund.net): the part whose letters hold the host's name or are its start.
        var named = Array.FindIndex(parts, part => Key(part) is { Length: >= 3 } key && (key.Contains(hostKey, StringComparison.Ordinal) || hostKey.StartsWith(key, StringComparison.Ordinal)));
        if (named < 0)
        {
            return siteName;
        }

        // The rest must read as a tagline, not as a second name the site goes by ("The Jerusalem Post | JPost.com", "Dussmann - Das
        // Kulturkaufhaus"): several parts, a phrase with a small word ("Positive Local News for Consett"), a list ("News, Weather, Sports").
        var rest = parts.Where((_, i) => i != named).ToList();
        return rest.Count >= 2 || rest.Any(ReadsAsTagline) ? parts[named] : siteName;
    }

    private static bool ReadsAsTagline(string part) =>
        part.Contains(',') || part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && (words.Length > MaxNameWords || words.Any(w => char.IsLower(w[0])));

    private static string? HostKey(string host)
    {
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
        {
            return null;
        }

        var name = labels[^2].Length <= MaxSecondLevelChars && labels.Length >= 3 ? labels[^3] : labels[^2];
        return Key(name);
    }

    /// <summary>Letters and digits, lower-cased, Latin accents dropped: how a name is spelled in a host.</summary>
    private static string Key(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower == 'ß')
            {
                key.Append("ss");
            }
            else
            {
                key.Append(Plain(lower));
            }
        }

        return key.ToString();
    }

    // Invariant globalization has no Unicode decomposition to lean on; these are the accents site names carry.
    private static char Plain(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };
}
