using System.Collections.Frozen;

namespace Pipeline.Core.Metadata;

/// <summary>The two-letter language codes of ISO 639-1, and the withdrawn ones that pages still declare, with their current codes.</summary>
public static class LanguageCodes
{
    // A standard, not a cleaning rule: the list changes once a decade, so it lives beside the code that checks against it.
    private static readonly FrozenSet<string> TwoLetter = FrozenSet.ToFrozenSet(
    [
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs",
        "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff",
        "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id",
        "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku",
        "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my",
        "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu",
        "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su",
        "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi",
        "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Withdrawn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["iw"] = "he",
        ["in"] = "id",
        ["ji"] = "yi",
        ["jw"] = "jv",
        ["mo"] = "ro",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Three letters that pages put in lang but that name no language: a charset's first part ("utf-8", "iso-8859-1", "windows-1252" cut
    // to "win") and the codes ISO 639-2 keeps for "undetermined", "several", "no linguistic content" and "uncoded".
    private static readonly FrozenSet<string> NotLanguages = FrozenSet.ToFrozenSet(["utf", "iso", "win", "asc", "und", "mul", "zxx", "mis"], StringComparer.Ordinal);

    /// <summary>The current code for a lower-case primary language subtag, or null when it names no language.</summary>
    public static string? Current(string subtag)
    {
        ArgumentNullException.ThrowIfNull(subtag);
        return subtag.Length switch
        {
            2 when TwoLetter.Contains(subtag) => subtag,
            2 => Withdrawn.GetValueOrDefault(subtag),
            // ISO 639-2/3 has thousands of three-letter codes; the web uses a handful ("fil", "haw", "yue") and garbage of its own, listed above.
            3 => NotLanguages.Contains(subtag) ? null : subtag,
            _ => null,
        };
    }
}
