using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Parses a byline string ("By Jane Doe and John Roe, Staff Writers | Source: AFP") into normalised author names and agencies.</summary>
public sealed partial class BylineParser
{
    private const int MaxLineChars = 1_000;

    private readonly AgencyCatalog _agencies;
    private readonly AuthorNameNormalizer _names;
    private readonly DateTextScanner _dates;
    private readonly Regex _organisation;
    private readonly Regex _deskWords;
    private readonly Regex _dateLabels;
    private readonly Regex? _editorCredit;
    private readonly Regex _trailingArticle;
    private readonly HanBylineLabels _hanLabels;

    public BylineParser(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _agencies = new AgencyCatalog(rules);
        _names = new AuthorNameNormalizer(rules);
        _dates = DateTextScanner.For(rules);
        var markers = @"(?<!\p{L})(?:" + string.Join("|", rules.OrganisationMarkers.Select(Regex.Escape)) + @")(?!\p{L})";
        // No endings listed, none matched: an empty alternation would match after every word.
        var endings = rules.OrganisationWordEndings.Count == 0 ? "" : @"|(?:" + string.Join("|", rules.OrganisationWordEndings.Select(Regex.Escape)) + @")(?!\p{L})";
        _organisation = RulePattern.Create(markers + endings + @"|\w\.(?:com|de|at|ch|fr|it|es|org|net|co\.uk|info|tv)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _deskWords = RulePattern.Create(markers, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var labels = rules.UpdatedLabels.Concat(rules.PublishedLabels).OrderByDescending(l => l.Length).Select(Regex.Escape);
        // "Posted by Jane Doe", "Erstellt von Jane Doe": the label introduces the author there, not a date.
        // "Edited by", "Medically reviewed by": the part names who checked the article, not who wrote it.
        var editorLabels = rules.EditorLabels.Where(l => l.Contains(' ', StringComparison.Ordinal)).OrderByDescending(l => l.Length).Select(Regex.Escape).ToList();
        // No such labels, no editor credits: an empty alternation would match between any two non-letters.
        _editorCredit = editorLabels.Count == 0 ? null : RulePattern.Create(@"(?<!\p{L})(?:" + string.Join("|", editorLabels) + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _trailingArticle = RulePattern.Create(@"(?<=\S\s+\S+)\s+(?:" + string.Join("|", rules.SentenceOpeningArticles.Select(Regex.Escape)) + @")$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Parts = new BylineParts(_agencies, _names, _organisation);
        _hanLabels = new HanBylineLabels(rules, _agencies);
        _dateLabels = RulePattern.Create(@"(?<!\p{L})(?:" + string.Join("|", labels) + @")(?!\p{L})(?!\s+(?:by|von|vom|par|por|di|door)\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public AgencyCatalog Agencies => _agencies;

    public AuthorNameNormalizer Names => _names;

    /// <summary>True when <paramref name="part"/> reads as a person's name: two to five capitalised words.</summary>
    public static bool LooksLikePersonName(string part) => NameShape.LooksLikePersonName(part);

    /// <summary>The splitter of a byline line into its credits, with this parser's organisations and roles.</summary>
    internal BylineParts Parts { get; }

    /// <summary>Parses a free-text byline line: only person-like names (two to five capitalised words) count as authors.</summary>
    public Byline Parse(string? text) => Parse(text, strict: true);

    /// <summary>Parses a byline from markup the page labels as the author (meta tag, JSON-LD, byline element): single-word names and pen names count too.</summary>
    public Byline ParseLabelled(string? text) => Parse(text, strict: false);

    /// <summary>True when <paramref name="name"/> reads as an organisation or desk rather than a person.</summary>
    public bool IsOrganisation(string name) => _agencies.Match(name) is not null || _organisation.IsMatch(name);

    /// <summary>True when <paramref name="text"/> has a word of a newsroom or an organisation ("Redaktion", "Team", "News"); a web address alone does not count.</summary>
    public bool HasDeskWord(string text) => _deskWords.IsMatch(text);

    /// <summary>A short credit to a desk rather than a person ("Redaktion", "PETA-Team", "von Newsdesk"), as written; null otherwise.</summary>
    public string? DeskCredit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var credit = Prefix().Replace(WhitespaceFolder.FoldLine(WebUtility.HtmlDecode(Markup().Replace(text, " "))), "").Trim(' ', '.', ',', ':', '|', '-', '–', '—');
        if (WebAddress().IsMatch(credit))
        {
            return null;
        }

        var words = credit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && credit.Length <= 40 && !credit.Any(char.IsDigit) && char.IsLetter(credit[0]) && _organisation.IsMatch(credit) ? credit : null;
    }

    /// <summary>The line with each date it states replaced by a separator: a date ends the name before it.</summary>
    private string WithDatesAsSeparators(string line)
    {
        // One pass (the scanner reports dates in order): replacing date by date copied the whole line once per date, which on a damaged page's megabyte
        // "author" of dates never ended within the time budget.
        StringBuilder? rebuilt = null;
        var copied = 0;
        foreach (var date in _dates.Scan(line, new DateBounds(DateOnly.MinValue, DateOnly.MaxValue)))
        {
            rebuilt ??= new StringBuilder(line.Length);
            if (date.Index >= copied)
            {
                rebuilt.Append(line, copied, date.Index - copied).Append(" | ");
            }

            copied = Math.Max(copied, date.Index + date.Length);
        }

        return rebuilt is null ? line : rebuilt.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>
    /// The first <see cref="MaxLineChars"/> characters of <paramref name="line"/>, cut at a space: markup that labels the author holds a few
    /// names (the longest on the evaluation pages, 299 characters with its padding), while a damaged page's "author" of tens of kilobytes
    /// holds none, and the rules that rescan what they have joined would take time that grows with its square.
    /// </summary>
    private static string Opening(string line)
    {
        if (line.Length <= MaxLineChars)
        {
            return line;
        }

        var space = line.LastIndexOf(' ', MaxLineChars);
        return line[..(space > 0 ? space : MaxLineChars)];
    }

    private Byline Parse(string? text, bool strict)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Byline.Empty;
        }

        var line = Opening(AuthorNameNormalizer.WithoutSoftHyphens(WhitespaceFolder.FoldLine(WebUtility.HtmlDecode(Markup().Replace(text, " ")))));
        // A web address ("https://site.com/author/jane-doe") links to a profile: its host and path segments are no names.
        if (WebAddress().IsMatch(line))
        {
            return Byline.Empty;
        }

        // A name with the writer's home page in brackets after it ("Bradley M. Kuhn (http://ebb.org/bkuhn/)"): the address is contact, as an
        // e-mail would be, and its host is no organisation that wrote the story. An address set loose after a firm's name ("Web Commerce GmbH
        // www.w-commerce.de") is a web designer's credit, and the tag that holds it names no writer: that stays as it was.
        line = WebAddressBesideName().Replace(line, " | ");
        line = _hanLabels.Rewrite(line);
        line = WithDatesAsSeparators(line);

        // A biography under the name ("Scott Gilbertson is a senior writer for WIRED. He was previously …") names the writer in its subject.
        line = NameShape.BiographySentence().Replace(line, "${name} | ");
        line = TimeOfDay().Replace(line, " ");
        line = _names.WithoutCredentials(ReadingTime().Replace(line, " | "));
        var authors = new List<string>();
        var agencies = new List<string>();

        // "Jane Doe (AP)": the bracketed agency is credited on its own, the name stays a name.
        line = Bracketed().Replace(line, m =>
        {
            // "Jane Doe (red)": the newsroom's sign in brackets is its credit, as the agency's is.
            if (_organisation.Match(m.Value) is { Success: true } sign && sign.Length == m.Length)
            {
                AddOnce(agencies, m.Value);
                return " | ";
            }

            var found = m.Groups[1].Value.Split('/', ',').Select(a => _agencies.Match(a)).ToList();
            if (found.Count == 0 || found.Any(a => a is null))
            {
                return m.Value;
            }

            foreach (var agency in found)
            {
                AddOnce(agencies, agency!);
            }

            return " | ";
        });
        line = _dateLabels.Replace(line, "");
        line = WriterLabels.LeadingNoun().Replace(line, "");
        line = TextAndPictures().Replace(line, "Text: ");
        // "Foto: Jane Doe/dpa": who took or supplied the picture, up to the next writer's label, is no credit for the article.
        var inPictureCredit = false;
        var afterPerson = false;
        var inAffiliation = false;
        var editorInitials = AgencyEditorInitials(line);
        // Single words read as names only because the markup is labelled ("Travel", "Danmark"), until a writer's label shows they were the row's kicker.
        List<string>? kickers = null;
        foreach (var rawPart in Parts.Split(line))
        {
            var part = AuthorNameNormalizer.TrimPunctuationKeepingInitial(rawPart, ' ', '.', ',', ':', '-', '–', '—', '(', ')', '[', ']');
            if (PictureLabel().IsMatch(rawPart))
            {
                inPictureCredit = true;
                continue;
            }

            if (inPictureCredit && !WriterLabels.Opening().IsMatch(rawPart))
            {
                continue;
            }

            inPictureCredit = false;
            // A count ("2 Fictions", "15 Artikel") is a profile's statistic, not a name.
            if (part.Length == 0 || _editorCredit?.IsMatch(part) == true || Count().IsMatch(part))
            {
                continue;
            }

            // A byline run into the next sentence ("Por Agencia EFE El presidente…") ends before that sentence's article.
            part = _trailingArticle.Replace(part, "");
            var followsPerson = afterPerson;
            afterPerson = false;

            // "Travel | By | Jane Doe": the label introduces the writer, so what came before it was the section's kicker.
            if (WriterLabels.Alone().IsMatch(part))
            {
                authors.Clear();
                continue;
            }

            // "Rezept von | Jane Doe", "Kommentar von | Jane Doe": a part ending in the writer's label introduces the next one.
            if (WriterLabels.Closing().IsMatch(part))
            {
                continue;
            }

            var isSource = SourceLabel().IsMatch(part);
            var unlabelled = Prefix().Replace(part, "");

            // "Travel | By Jane Doe", "Danmark - 10. marts 2020 | Af Ritzau": the label introduces the credit, so the lone words before it
            // were the row's section or place, as with a label standing alone.
            if (kickers is not null && WriterLabelOpening().IsMatch(part))
            {
                authors.RemoveAll(kickers.Contains);
                kickers = null;
            }

            if (editorInitials?.Contains(unlabelled) == true)
            {
                continue;
            }

            if (_agencies.Match(unlabelled) is not null)
            {
                AddAgencyOnce(agencies, unlabelled.Trim('.', ',', ';', ':', '(', ')', '[', ']'));
                continue;
            }

            // An agency's staff title ("AP National Political Writer") credits the agency, not a person of that name.
            if (unlabelled.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && _agencies.Match(unlabelled[..space]) is { } employer && _names.EndsWithRole(unlabelled[space..]))
            {
                AddAgencyOnce(agencies, employer);
                continue;
            }

            // A title of its own after the writer's name ("Houston Mitchell | Assistant Sports Editor") is that writer's role, not a second name.
            if (followsPerson && _names.IsJobTitle(unlabelled))
            {
                continue;
            }

            if (_names.Normalize(part) is not { } name)
            {
                continue;
            }

            // After a writer, a name led by an acronym is where they work ("Alex Durán, AMP Project Marketing, Google"), and so is what
            // follows it up to the next person's name.
            if (authors.Count > 0 && NameShape.AcronymLed().IsMatch(name))
            {
                inAffiliation = true;
                continue;
            }

            if (inAffiliation && !LooksLikePersonName(name))
            {
                continue;
            }

            inAffiliation = false;

            // An account written "first.last" ("danilo.dietsch") is that person's name.
            if (DottedName().IsMatch(name) && !_organisation.IsMatch(part))
            {
                name = name.Replace('.', ' ');
            }

            if (_agencies.Match(name) is { } named)
            {
                // As written, unless cleaning re-cased it ("afp" read as "Afp").
                AddAgencyOnce(agencies, part.Contains(name, StringComparison.Ordinal) ? name : named);
            }
            else if (isSource || _organisation.IsMatch(name) || Acronym().IsMatch(name))
            {
                AddOnce(agencies, name);
            }
            else if (_organisation.Match(rawPart) is { Success: true } abbreviated && abbreviated.Value.Trim('(', ')', '.').Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                // A marker that is an abbreviation ("red." or "(red)" for the newsroom) loses its marks when the name is cleaned: credited as
                // written, from the marker on ("Text: red." is "red.").
                AddOnce(agencies, rawPart[abbreviated.Index..].Trim());
            }
            else if (!NameShape.ReadsAsSentence(name) && !_names.OpensWithConnectingWord(name) && (strict ? LooksLikePersonName(name) : NameShape.LooksLikeName(name)))
            {
                AddOnce(authors, name);
                // A name that carried its own title ("Jane Doe Reporter") is followed by the next writer's, not by its title.
                afterPerson = LooksLikePersonName(name) && !_names.HasRole(part);
                if (!strict && !afterPerson && unlabelled.Length == part.Length && !name.Contains(' ', StringComparison.Ordinal))
                {
                    (kickers ??= []).Add(name);
                }
            }
        }

        return NameShape.ListsTopics(authors, line) ? Byline.Empty : new Byline(authors, agencies);
    }

    /// <summary>
    /// The lower-case initials written against an agency across a slash ("det/dpa", "dpa/lno", "AFP/jm"): the desk editor's or the
    /// agency's regional service's short sign, which names no one a reader could credit. Null when the line has none.
    /// </summary>
    private HashSet<string>? AgencyEditorInitials(string line)
    {
        if (!line.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        HashSet<string>? initials = null;
        foreach (Match pair in WordsAcrossSlash().Matches(line))
        {
            var (first, second) = (pair.Groups["first"].Value, pair.Groups["second"].Value);
            var sign = EditorSign().IsMatch(first) && _agencies.Match(second) is not null ? first
                : EditorSign().IsMatch(second) && _agencies.Match(first) is not null ? second : null;
            // "dpa/afp": two agencies, each credited.
            if (sign is not null && _agencies.Match(sign) is null)
            {
                (initials ??= new HashSet<string>(StringComparer.Ordinal)).Add(sign);
            }
        }

        return initials;
    }

    /// <summary>Adds an agency as the page spells it ("Anadolu Ajansı"), unless the list already names it in any spelling.</summary>
    private void AddAgencyOnce(List<string> agencies, string written)
    {
        var canonical = _agencies.Match(written) ?? written;
        if (!agencies.Any(a => string.Equals(_agencies.Match(a) ?? a, canonical, StringComparison.OrdinalIgnoreCase)))
        {
            agencies.Add(written);
        }
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    /// <summary>A lone web address, as a profile link in an author meta tag.</summary>
    [GeneratedRegex(@"^(?:https?:)?//\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    /// <summary>A web address in brackets after a name in a byline.</summary>
    [GeneratedRegex(@"[(\[<]\s*(?:https?://|www\.)[^\s()\[\]<>]+\s*[)\]>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddressBesideName();

    /// <summary>A picture's credit label ("Foto:", "Bilder:", "Photo:", "Crédit photo :", "Photos by", "Fotos von", "Illustration by").</summary>
    [GeneratedRegex(@"^\s*(?:(?:fotos?|photos?|bild|bilder|fotograf[ií]as?|crédit photo|images?|pictures?)\s*:|(?:fotos?|photos?|photography|pictures?|images?|illustrations?|videos?|graphics?)\s+(?:by|von|de|par|di|door)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureLabel();

    [GeneratedRegex(@"^\s*(?:source|sources|quelle|quellen|fuente|credit)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^\s*(?:(?:written|reported|reporting|text|photos?|words|posted|published)\s+by|(?:eine?\s+)?(?:geschrieben|verfasst|artikel|beitrag|gepostet|erstellt|veröffentlicht|eingestellt)\s+vo[nm]|" + WriterLabels.Noun + @"|by|vo[nm]|par|por|source|sources|quelle|credit|mit)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Prefix();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\.\p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedName();

    /// <summary>The words on both sides of a slash ("det/dpa"); the second is only looked at, so it can open the next pair ("dpa/lno" of "det/dpa/lno").</summary>
    [GeneratedRegex(@"(?<![\p{L}.-])(?<first>\p{L}[\p{L}.-]*)\s*/\s*(?=(?<second>\p{L}[\p{L}.-]*)(?![\p{L}.-]))", RegexOptions.CultureInvariant)]
    private static partial Regex WordsAcrossSlash();

    /// <summary>Two to four lower-case letters: the sign an editor or an agency's service puts beside the agency.</summary>
    [GeneratedRegex(@"^\p{Ll}{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorSign();

    [GeneratedRegex(@"^\d[\d.,]*\s+\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    /// <summary>A credit of three to six capitals ("TPN", "SID", "BBAW") is a newsroom's or an organisation's initials, not a person.</summary>
    [GeneratedRegex(@"^\p{Lu}{3,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    /// <summary>"Text &amp; Fotos:", "Text und Bild:", "Words and photos by": one label for the writer who also took the pictures (before "&amp;" splits names).</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:text|texte|words|story)\s*(?:&|und|and|et|\+|/)\s*(?:fotos?|photos?|bilder?|pictures?|images?)\s*(?::|(?:by|von)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextAndPictures();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\(([^()]{2,40})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    /// <summary>"5 min read", "21 minutes", "4312 words", "3 Minuten Lesezeit": the reading time bylines often carry.</summary>
    [GeneratedRegex(@"\b\d+\s*(?:min(?:ute)?s?\.?|minuten|words|wörter|mots|palabras)(?!\p{L})(?:\s+(?:read|lesezeit|de lecture|de lectura|lesen))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    /// <summary>A part that opens with a writer's label and goes on to the name ("By Jane Doe", "Af Ritzau", "von: Jane Doe"); "Byron" is a name.</summary>
    [GeneratedRegex(@"^(?:by|von|vom|par|por|af|av|door|di)(?:\s*:\s*|\s+)\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterLabelOpening();

    // "kl. 20:00" (Danish, Norwegian, Swedish "klokken"), "um 20:00 Uhr", "at 8.30pm": the word that introduces the time goes with it.
    [GeneratedRegex(@"(?:\b(?:kl|klo|klockan|um|at|à|a las)\.?\s*)?\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:uhr|h|[A-Z]{2,4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
