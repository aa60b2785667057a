using System.Text.RegularExpressions;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Chooses the article title among JSON-LD headline, Open Graph/Twitter titles, the page's headings and &lt;title&gt;, without the site name.</summary>
public static partial class TitleReconciler
{
    private const int MinHeadingChars = 6;

    /// <summary>Longer than any headline: the longest title on 1,725 dataset pages has 222 characters.</summary>
    private const int MaxTitleChars = 1000;
    private const string LanguageQuotes = "„«";

    /// <summary>Words from which a heading reads as a headline of its own rather than a page's or a section's name.</summary>
    private const int SentenceWords = 4;

    /// <param name="structured">Titles from meta tags, most trusted first.</param>
    /// <param name="heading">The text of the main &lt;h1&gt;, if any.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="siteName">The site's name, to strip.</param>
    /// <param name="host">The page's host name, to strip.</param>
    public static string? Reconcile(IEnumerable<string?> structured, string? heading, string? documentTitle, string? siteName, string? host) =>
        Reconcile(null, structured, heading is null ? [] : [new VisibleHeading(heading, heading, null, "", IsMain: true, Aside: false)], documentTitle, siteName, host);

    /// <param name="headline">The JSON-LD headline, if any.</param>
    /// <param name="structured">Titles from meta tags, most trusted first.</param>
    /// <param name="headings">The page's headings, the main one first.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="siteName">The site's name, to strip.</param>
    /// <param name="host">The page's host name, to strip.</param>
    public static string? Reconcile(string? headline, IEnumerable<string?> structured, IReadOnlyList<VisibleHeading> headings, string? documentTitle, string? siteName, string? host)
    {
        ArgumentNullException.ThrowIfNull(structured);
        ArgumentNullException.ThrowIfNull(headings);
        var stated = structured.Prepend(headline).Select(Clean).OfType<string>().ToList();
        var candidates = stated.ConvertAll(t => SiteNameSuffixRemover.Remove(t, siteName, host));
        var title = Clean(documentTitle) is { } t ? SiteNameSuffixRemover.Remove(t, siteName, host) : null;
        if (candidates.Count > 0)
        {
            // One title declared both bare and with the site's name glued on ("Headline-Section|Site"): the bare one says where the title ends.
            List<string> bare = title is null ? candidates : [.. candidates, title];
            candidates = [.. candidates.Select(c => SiteNameSuffixRemover.RemoveGluedTail(c, bare, siteName, host))];
            title = title is null ? null : SiteNameSuffixRemover.RemoveGluedTail(title, bare, siteName, host);
        }

        var declared = title is null ? candidates : [.. candidates, title];
        var chosen = Pick();
        if (chosen is null)
        {
            return null;
        }

        // The JSON-LD headline, a title declared for sharing and the <title> all state one title: a heading that words it otherwise is a display
        // line (set for the front page or a campaign), not the article's title.
        return StatedEverywhere(Clean(headline) is not null, candidates, title, siteName, host) is { } agreed && !SharesWords(chosen, agreed) ? agreed
            : HeadlineContraction.Find(chosen, candidates) ?? chosen;

        string? Pick()
        {
            // A heading that shows a declared title whole, as stated before a part was taken for the site's name ("Welpen kaufen – Tipps zu jeder
            // Hunderasse" on a site named "Welpen"), shows that part as the headline's own.
            if (ShownWordForWord(headings, [.. declared, .. stated], siteName, host) is { } shown)
            {
                return Clean(headline) is null ? shown : AsStated(shown, candidates[0]);
            }

            // The site's name set as the page's first heading says nothing of the article: the first other heading that agrees with a declared title
            // stands in. So does a headline of a sentence's length for a section's name set as the first heading ("Bangkok"), which nothing declared agrees with.
            var first = headings.FirstOrDefault(h => h.IsMain);
            var main = first is { Masthead: true } ? StandIn(headings, declared)
                : first is not null && NamesSection(first, declared) && StandIn(headings, declared) is { } standIn && WordCount(Clean(standIn.Text)!) >= SentenceWords ? standIn
                : first;
            var heading = Clean(main?.Text);
            if (main is not null && heading is { Length: >= MinHeadingChars } && declared.FirstOrDefault(c => Agrees(c, heading)) is { } agreeing)
            {
                return Choose(agreeing, heading, main, siteName is not null && candidates.Contains(agreeing));
            }

            // Nothing declared agrees with the heading. A JSON-LD headline is the publisher's own statement of the headline and stands; Open Graph
            // and <title> are written for sharing and search: when they tell of the same thing as the heading, or the heading is a sentence of its
            // own, the heading the reader sees is the headline. A page that declares no title for sharing at all is seldom an article: its first
            // heading is as often a greeting or a section's name, and its <title> stands, unless the heading says nothing the <title>'s leading part
            // does not ("Blockhaus 3" under "Blockhaus Typ 3 in Ludorf. Günstige Ferienhäuser | Site"): then the <title> is that heading with words
            // added for search; or the <title> is the site's name alone, which says nothing of the page ("Willkommen!" under "Anwalt Niemeyer" on
            // anwaltniemeyer.de); or the <title> only names the page or the site ("Home") above a heading of a sentence's length; or a heading of a
            // sentence's length says all the <title> says, in full ("Mail-Aktion an den Deutschen Bundestag" over "Mailaktion an den Bundestag").
            var sentence = heading is not null && WordCount(heading) >= SentenceWords;
            if (Clean(headline) is null && main is { Masthead: false } && heading is { Length: >= MinHeadingChars } && !SiteNameSuffixRemover.NamesSite(heading, siteName, host)
                && (candidates.Count > 0 ? sentence || declared.Any(d => SharesWords(heading, d))
                    : title is not null && (SaysNoMore(heading, title) || SiteNameSuffixRemover.NamesSite(title, siteName, host) || (sentence && (NamesPageOnly(title, siteName, host) || SharesAllWords(title, heading))))))
            {
                return heading;
            }

            return ShownTitlePart(headings, Clean(documentTitle)) ?? candidates.FirstOrDefault() ?? (title is null ? null : SiteNameSuffixRemover.RemoveShortTrailingSegment(title)) ?? heading;
        }
    }

    /// <summary>
    /// The title the JSON-LD headline (the first candidate), another declared title and the &lt;title&gt; all state, if one of a sentence's
    /// length that does not name the site: a template that fills all three with the site's or a section's name says nothing of the article.
    /// </summary>
    private static string? StatedEverywhere(bool hasHeadline, List<string> candidates, string? documentTitle, string? siteName, string? host) =>
        hasHeadline && documentTitle is not null && documentTitle == candidates[0] && candidates.Skip(1).Contains(documentTitle, StringComparer.Ordinal)
        && WordCount(documentTitle) >= SentenceWords && !SiteNameSuffixRemover.NamesSite(documentTitle, siteName, host) ? documentTitle : null;

    /// <summary>
    /// A heading the article shows and the page declares word for word: the main heading is asked first, then the others (a kicker and
    /// headline set as an &lt;h2&gt; under a breadcrumb &lt;h1&gt;, whose headline part is declared). Headings in navigation are not the article's.
    /// A title declared for sharing is often typed in plain characters: a hyphen for the dash and three dots for the ellipsis the heading
    /// sets are the same title, shown as the reader sees it.
    /// </summary>
    private static string? ShownWordForWord(IReadOnlyList<VisibleHeading> headings, List<string> declared, string? siteName, string? host)
    {
        var plain = declared.Select(PlainDashesAndDots).ToList();
        foreach (var shown in headings.Where(h => !h.Aside && !h.Masthead).OrderBy(h => h.IsMain ? 0 : 1))
        {
            if (Clean(shown.Text) is { } runTogether && declared.Contains(runTogether, StringComparer.Ordinal) && KickerSeparated(shown, declared) is { } separated)
            {
                return separated;
            }

            foreach (var text in (ReadOnlySpan<string?>)[Clean(shown.Text), Clean(shown.Main)])
            {
                if (text is { Length: >= MinHeadingChars } && plain.Contains(PlainDashesAndDots(text), StringComparer.Ordinal) && !SiteNameSuffixRemover.NamesSite(text, siteName, host))
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when the heading sets the quotation marks of its language ("„…“", "«…»"), or the apostrophe of an article elided the French or
    /// Italian way ("d’actions"), where the declared title types the typewriter quote:
    /// a title typed for sharing transliterates them, the heading is the title as the publisher set it. English curly quotes get no such
    /// trust: typesetting software adds them to headings on its own, and the plain declared title is then the one written.
    /// </summary>
    private static bool SetsOwnQuotes(string heading, string declared) =>
        ((heading.AsSpan().IndexOfAny(LanguageQuotes) >= 0 && declared.AsSpan().IndexOfAny(LanguageQuotes) < 0) || (ElidedArticle().IsMatch(heading) && !declared.Contains('’', StringComparison.Ordinal)))
        && PlainQuotes(heading) == PlainQuotes(declared);

    /// <summary>An article or pronoun of one letter elided before the next word with the typographic apostrophe ("d’actions", "l’État"), as French and Italian set it; English "I’m" is no elided article.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?!I’)\p{L}’\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ElidedArticle();

    private static string PlainQuotes(string text) =>
        PlainDashesAndDots(text).Replace('’', '\'').Replace('‘', '\'').Replace('„', '"').Replace('“', '"').Replace('”', '"').Replace('«', '"').Replace('»', '"');

    /// <summary>The text with its dashes as hyphens and its ellipses as three dots, as a title typed for sharing writes them.</summary>
    private static string PlainDashesAndDots(string text) =>
        text.AsSpan().IndexOfAny('–', '—', '…') < 0 ? text : text.Replace('–', '-').Replace('—', '-').Replace("…", "...", StringComparison.Ordinal);

    /// <summary>
    /// The JSON-LD headline in place of the heading shown word for word by other declared titles when it has the same words, punctuated its
    /// own way (quotes the page adds or drops): the publisher's statement of its headline. A heading only set in capitals stays as shown, and
    /// so does one whose dashes or ellipsis the headline only types plainly ("-", "..."): that is typing, as in the other declared titles.
    /// </summary>
    private static string AsStated(string shown, string jsonLdHeadline) =>
        jsonLdHeadline != shown && PlainDashesAndDots(jsonLdHeadline) != PlainDashesAndDots(shown) && Key(jsonLdHeadline) == Key(shown) && !jsonLdHeadline.Equals(shown, StringComparison.OrdinalIgnoreCase) ? jsonLdHeadline : shown;

    /// <summary>
    /// A heading shown as a kicker then the headline, with no mark between them but the break of its layout ("&lt;span&gt;Kicker&lt;/span&gt;Headline"):
    /// the declared title that writes the same words with a separator at that break ("Kicker: Headline", "Kicker / Headline") is the title as
    /// the publisher wrote it, not the heading's parts run together nor the headline alone.
    /// </summary>
    private static string? KickerSeparated(VisibleHeading shown, List<string> declared)
    {
        if (Clean(shown.Main) is not { } headline || Clean(shown.Text) is not { } text || Key(headline).Length >= Key(text).Length)
        {
            return null;
        }

        var key = Key(text);
        return declared.FirstOrDefault(d => d.Length > headline.Length && d.EndsWith(headline, StringComparison.Ordinal) && d[..^headline.Length].TrimEnd() is { Length: > 0 } kicker
            && !char.IsLetterOrDigit(kicker[^1]) && Key(d) == key);
    }

    /// <summary>
    /// A heading that shows one whole part of a hierarchical &lt;title&gt; ("Site - Section » Post", "Site: Section / Speeches / Speech"): a part
    /// of three words or more, since a section's name set as a heading matches its part too.
    /// </summary>
    private static string? ShownTitlePart(IReadOnlyList<VisibleHeading> headings, string? documentTitle)
    {
        var parts = documentTitle is null ? [] : SiteNameSuffixRemover.PathSegments(documentTitle).Where(p => p.Split(' ').Length >= 3).ToList();
        return parts.Count == 0 ? null
            : headings.Where(h => !h.Aside && !h.Masthead).Select(h => Clean(h.Text)).FirstOrDefault(h => h is not null && parts.Contains(h, StringComparer.Ordinal));
    }

    /// <summary>
    /// Between a declared title and the heading it agrees with: the heading, as the reader sees it, unless the declared title only adds what the
    /// page also shows as the headline's kicker (in the heading, or just above it), a part of its own once the site's name is gone, or the
    /// publisher's punctuation; the declared title when the heading runs a kicker into it.
    /// </summary>
    private static string Choose(string declared, string heading, VisibleHeading main, bool siteRemoved)
    {
        if (Key(declared) == Key(heading))
        {
            // The same words: the heading when it only differs in case (set in capitals) or the declared title adds decoration after a
            // separator ("Title » ☆☆☆☆☆"); otherwise the declared title, as the publisher wrote it: quotes and dashes before the page
            // typeset them, the separator the heading only shows as a break between its parts ("Kicker: Headline"), a closing "…".
            return declared.Equals(heading, StringComparison.OrdinalIgnoreCase) || SetsOwnQuotes(heading, declared)
                || (declared.StartsWith(heading, StringComparison.OrdinalIgnoreCase) && SeparatedTail().IsMatch(declared[heading.Length..])) ? heading : declared;
        }

        var at = declared.IndexOf(heading, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            // The heading says more: a kicker run into it ("Forderungsausfälle vermeiden Eigentumsvorbehalt: …") is not the headline the
            // page declares; more words after it are, and the declared title was shortened.
            var inside = heading.IndexOf(declared, StringComparison.OrdinalIgnoreCase);
            if (inside == 0 && (PipedName().IsMatch(heading[declared.Length..]) || (Clean(main.Lead) is { } lead && Key(lead) == Key(declared))))
            {
                // A name the heading adds after a bar ("Title | Blog name") is a site's, never more of the headline; so is a part of its own
                // after the part the page declares whole ("<span>Title</span> <span>Subtitle</span>"): the subtitle set into the heading.
                return declared;
            }

            return Key(heading[..inside]).Length > 0 && Key(heading[(inside + declared.Length)..]).Length == 0 ? declared : heading;
        }

        if (siteRemoved && at == 0 && declared[heading.Length..] is var tail && SeparatedTail().IsMatch(tail) && tail.Count(char.IsLetter) > tail.Count(char.IsDigit)
            && !LowerCaseWord().IsMatch(tail))
        {
            // The site's declared name is already gone from a title declared for sharing: a name still left after a separator is the
            // title's own (a story's, a writer's, every word capitalised), unless it is a date. A phrase there ("» 1000 EUR sofort aufs
            // Konto", "– Erfahre mehr zu den Risiken") is a line written for search or the kicker set again, not the headline the page shows.
            // A <title> strings sections together and gets no such trust.
            return declared;
        }

        var prefix = Key(declared[..at]);
        var extra = prefix + Key(declared[(at + heading.Length)..]);
        var shownKicker = Key(declared) == Key(main.Shown);
        var kickerAbove = prefix.Length > 0 && extra.Length == prefix.Length && Key(main.TextBefore).EndsWith(prefix, StringComparison.Ordinal);
        return shownKicker || kickerAbove ? declared : heading;
    }

    /// <summary>The first heading beside the main one, outside navigation, that agrees with a declared title.</summary>
    private static VisibleHeading? StandIn(IReadOnlyList<VisibleHeading> headings, List<string> declared) =>
        headings.FirstOrDefault(h => !h.IsMain && !h.Aside && !h.Masthead && Clean(h.Text) is { Length: >= MinHeadingChars } text && declared.Any(c => Agrees(c, text)));

    /// <summary>True when a heading is a name of one or two words that no declared title agrees with: a section's, not the article's.</summary>
    private static bool NamesSection(VisibleHeading heading, List<string> declared) =>
        Clean(heading.Text) is { } text && WordCount(text) <= 2 && !declared.Any(d => Agrees(d, text));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True when a title only names the page ("Home", "About us") or the site, not what the page says: one or two words, or the site's name.</summary>
    private static bool NamesPageOnly(string title, string? siteName, string? host) =>
        WordCount(title) <= 2 || SiteNameSuffixRemover.NamesSite(title, siteName, host);

    /// <summary>True when most of the heading's words (three letters or more) are in the declared title, also as part of a compound ("Finanzierung" in "Autofinanzierung").</summary>
    private static bool SharesWords(string heading, string declared) => SharedWords(heading, declared) is var (shared, words) && words > 0 && shared * 2 >= words;

    /// <summary>True when every one of the heading's words (three letters or more) is in the declared title, also as part of a compound.</summary>
    private static bool SharesAllWords(string heading, string declared) => SharedWords(heading, declared) is var (shared, words) && words > 0 && shared == words;

    /// <summary>
    /// True when a heading says nothing a &lt;title&gt; does not: all its words are in the title's leading part, or it shows that leading part and
    /// the parts after it word for word.
    /// </summary>
    private static bool SaysNoMore(string heading, string documentTitle) =>
        SiteNameSuffixRemover.Segments(documentTitle).First() is var lead && (SharesAllWords(heading, lead) || (SharesAllWords(lead, heading) && SharesAllWords(heading, documentTitle)));

    private static (int Shared, int Words) SharedWords(string heading, string declared)
    {
        var words = Words(heading);
        var declaredWords = words.Count == 0 ? [] : Words(declared);
        var shared = words.Count(w => declaredWords.Any(d => d == w || (w.Length >= 5 && d.Length >= 5 && (d.Contains(w, StringComparison.Ordinal) || w.Contains(d, StringComparison.Ordinal)))));
        return (shared, words.Count);
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3).Distinct()];

    [GeneratedRegex(@"^\s+(?:[|\-–—·•»›:/]{1,2}|::)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedTail();

    [GeneratedRegex(@"^\s+\|\s+\S+(?:\s+\S+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PipedName();

    /// <summary>A word that starts with a small letter: a phrase's, never a name's in a script that has capitals.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();

    /// <summary>A title's words: runs of letters and digits, whatever quotes, dashes and spacing stand between them.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    internal static partial Regex WordPattern();

    private static bool Agrees(string declared, string heading) =>
        Key(declared) == Key(heading)
        || declared.Contains(heading, StringComparison.OrdinalIgnoreCase)
        || heading.Contains(declared, StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters and digits only, lower-cased: what stays of a title through quoting, dashes and spacing.</summary>
    private static string Key(string text) => string.Create(text.Count(char.IsLetterOrDigit), text, static (span, source) =>
    {
        var i = 0;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                span[i++] = char.ToLowerInvariant(c);
            }
        }
    });

    private static string? Clean(string? text)
    {
        // A text far longer than any headline is not one: an unclosed <title> or a broken attribute quote swallows the rest of the page.
        if (text is null || text.Length > MaxTitleChars)
        {
            return null;
        }

        // A separator left at the start once a kicker is gone (": Title"), or at the end where a template left the site's name
        // empty ("Title | "), is not part of the title.
        var folded = WhitespaceFolder.FoldLine(System.Net.WebUtility.HtmlDecode(text)).TrimStart(':', '|', '-', '–', '—', '·', '•', ' ').TrimEnd('|', '-', '–', '—', '·', '•', ' ');
        return folded.Length == 0 || MetaText.IsPlaceholder(folded) ? null : folded;
    }
}
