using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The site's name a page declares nowhere but in its document title, after the article's title ("Bohnenviertel - Stadt Stuttgart",
/// "Update | Deceased Clarendon crash victims identified | News | Jamaica Gleaner"): the last part of what follows the title.
/// </summary>
public static class DocumentTitleSite
{
    /// <summary>A site's name is a few words ("Dr. Phillip W. Brunst", "Jamaica Gleaner"); past them, the tail is a subtitle or a sentence.</summary>
    private const int MaxWords = 5;

    /// <summary>
    /// The last part after <paramref name="title"/> when <paramref name="documentTitle"/> opens with it and a separator follows, and the part
    /// reads as a name: spelt by the <paramref name="host"/>, or of several words, or one word written as a brand is ("DimidoBlog",
    /// "speicherguide.de", "ZAMG"). A lone plain word is as often the section ("News", "Fußball", "Danmark"), and a part with a number is
    /// a page or an issue ("Seite 34", "6. Jahrgang"); null then.
    /// </summary>
    public static string? From(string? documentTitle, string? title, string? host = null)
    {
        if (MetaText.Clean(documentTitle) is not { } whole || string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        whole = WhitespaceFolder.FoldLine(whole);
        var headline = WhitespaceFolder.FoldLine(title);
        if (whole.Length <= headline.Length || !whole.StartsWith(headline, StringComparison.Ordinal))
        {
            return null;
        }

        // What follows must open with a separator: "Storm hits coast again" does not name a site "again".
        var tail = whole[headline.Length..];
        if (!SiteNameSuffixRemover.OpensWithSeparator(tail))
        {
            return null;
        }

        var site = SiteNameSuffixRemover.Segments(tail).Last();
        var words = site.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is 0 or > MaxWords || !site.Any(char.IsLetter) || site.Equals(headline, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (host is not null && SiteNameSuffixRemover.NamesSite(site, null, host))
        {
            return site;
        }

        var readsAsName = words > 1 ? !site.Any(char.IsDigit) && !site.Contains('>', StringComparison.Ordinal) : host is null && WrittenAsBrand(site);
        return readsAsName ? site : null;
    }

    /// <summary>A single word with a capital inside it, a dot, a hyphen or a digit, or in capitals throughout: a name, not a dictionary word.</summary>
    private static bool WrittenAsBrand(string word) =>
        word.Skip(1).Any(char.IsUpper) || word.Any(c => c is '.' or '-' || char.IsDigit(c)) || (word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));
}
