using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Cleans one author-name candidate: markup, escapes, emoji, digits, e-mails, handles, nicknames, "By", roles and trailing affiliations ("from X", "— Site").</summary>
public sealed partial class AuthorNameNormalizer
{
    private readonly Regex _roles;
    private readonly Regex _credentials;
    private readonly Regex _leadingRole;
    private readonly Regex _compoundLeadingRole;
    private readonly Regex _penNameWithRole;
    private readonly Regex _endingRole;
    private readonly Regex _compoundEndingRole;
    private readonly Regex _stopWords;
    private readonly HashSet<string> _stopWordSet;
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _handles;
    private readonly IReadOnlyList<string> _administrativeParts;
    private readonly Regex _interfacePhrase;
    private readonly Regex _creditedEditorLabel;

    public AuthorNameNormalizer(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // Post-nominal letters run after a name, each after a comma or a space, up to the end or the next name; matched as written, so
        // "Md. Abdul Karim" keeps its opening, and after a space only after a capitalised word not written in capitals ("JOHN MA" is a
        // name, "by LD" a label and initials).
        // No credentials listed, none matched: an empty alternation would match after every name.
        var credentials = rules.AuthorCredentials.Count == 0 ? "(?!)" : string.Join("|", rules.AuthorCredentials.OrderByDescending(c => c.Length).Select(Regex.Escape));
        var credential = @"(?:" + credentials + @")(?![\p{L}\p{N}])(?:\s*\([Hh]ons\))?";
        _credentials = RulePattern.Create(
            @"(?:(?<=\p{L}\.?)\s*,\s*|(?<=(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\p{Ll}\.?)\s+)" + credential + @"(?:(?:\s*,\s*|\s+)" + credential + @")*(?=\s*(?:$|[,;|/&·•)]|\s(?:and|und|et|y|e)\s))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var roleNames = rules.AuthorRoles.OrderByDescending(r => r.Length).Select(Regex.Escape).ToArray();
        var roles = roleNames.Select(r => r + "s?");
        _roles = RulePattern.Create(@"(?:^|(?<=[\s,\-–—|/(]))(?:" + string.Join("|", roles) + @")(?!\p{L}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _leadingRole = RulePattern.Create(@"^(?:" + string.Join("|", roles) + @")\s+(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var roleWords = string.Join("|", roleNames);
        _compoundLeadingRole = RulePattern.Create(@"^[\p{L}\p{N}.]+(?:-[\p{L}\p{N}.]+)*-(?:" + roleWords + @")s?\s+(?=\p{Lu}\p{Ll})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _penNameWithRole = RulePattern.Create(@"^\p{Lu}\p{Ll}+\s(?:" + roleWords + @")$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _endingRole = RulePattern.Create(@"(?<!\p{L})(?:" + string.Join("|", roles) + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // A one-word role closing a compound ("Wirtschaftsredakteur", "Sportreporter"): short ones ("MD") end ordinary words too.
        var compoundRoles = rules.AuthorRoles.Where(r => r.Length >= 6 && r.All(char.IsLetter)).OrderByDescending(r => r.Length).Select(Regex.Escape);
        _compoundEndingRole = RulePattern.Create(@"(?<=\p{Ll})(?:" + string.Join("|", compoundRoles) + @")s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var stops = rules.NameStopWords.OrderByDescending(w => w.Length).Select(Regex.Escape);
        _stopWords = RulePattern.Create(@"\s(?:" + string.Join("|", stops) + @")(?:\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _handles = new HashSet<string>(rules.HandleMarkers, StringComparer.OrdinalIgnoreCase);
        _administrativeParts = rules.AdministrativeAccountParts;
        _stopWordSet = new HashSet<string>(rules.NameStopWords, StringComparer.OrdinalIgnoreCase);
        _particles = new HashSet<string>(rules.NameParticles, StringComparer.Ordinal);
        var phrases = rules.InterfacePhraseOpenings.OrderByDescending(p => p.Length).Select(Regex.Escape);
        // No phrases listed, nothing matched: an empty alternation would match every text.
        _creditedEditorLabel = rules.CreditedEditorLabels.Count == 0 ? RulePattern.Create("(?!)") : RulePattern.Create(@"^\s*(?:" + string.Join("|", rules.CreditedEditorLabels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + @")\s*[:：]\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _interfacePhrase = rules.InterfacePhraseOpenings.Count == 0 ? RulePattern.Create("(?!)") : RulePattern.Create(@"^(?:" + string.Join("|", phrases) + @")(?![\p{L}'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>True when <paramref name="text"/>, marks around it aside, is nothing but an interface phrase ("Follow", "Share", "About the Author").</summary>
    public bool IsInterfacePhrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (start, end) = (0, text.Length);
        while (start < end && !IsWordChar(text[start]))
        {
            start++;
        }

        while (end > start && !IsWordChar(text[end - 1]))
        {
            end--;
        }

        return end > start && _interfacePhrase.Match(text, start, end - start) is { Success: true } phrase && phrase.Length == end - start;

        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>The text without the degrees and certifications written after a name ("Rachael Link, MS, RD" → "Rachael Link").</summary>
    public string WithoutCredentials(string text) => _credentials.Replace(text, "");

    /// <summary>True when <paramref name="text"/> ends with a role ("National Political Writer", "Staff Reporter").</summary>
    public bool EndsWithRole(string text) => _endingRole.IsMatch(text.TrimEnd());

    /// <summary>True when <paramref name="text"/> holds a role anywhere ("Corresponsal", "Jane Doe, Staff Writer").</summary>
    public bool HasRole(string text) => _roles.IsMatch(text);

    /// <summary>
    /// True when <paramref name="text"/> is a job title: it ends with a role, also one closing a compound, or with a role's field or
    /// place ("Assistant Sports Editor", "Leitender Wirtschaftsredakteur", "Assistant Professor of political science").
    /// </summary>
    public bool IsJobTitle(string text)
    {
        var trimmed = _stopWords.Replace(text, "").TrimEnd(' ', '.', ',', ';', ':');
        return _endingRole.IsMatch(trimmed) || _compoundEndingRole.IsMatch(trimmed);
    }

    /// <summary>
    /// True when <paramref name="name"/> opens with a lower-case connecting word and goes on ("in Gefühle", "for Reuters"): the category
    /// or affiliation after a byline, not a name ("Im Jae-hyun" is one). Any other lower-case word before capitalised ones
    /// ("deinen Hochzeitsbloggern", "unser Team", "durch Jane Doe") is a phrase or a label of a language the rules do not list: a name
    /// opens in lower case only with a particle ("van Gogh", "de la Cruz"), and one written all in lower case ("bell hooks") has no capital after it.
    /// </summary>
    public bool OpensWithConnectingWord(string name)
    {
        if (name.IndexOf(' ', StringComparison.Ordinal) is not (> 0 and var space) || !char.IsLower(name[0]))
        {
            return false;
        }

        var first = name[..space];
        return _stopWordSet.Contains(first)
            || (!_particles.Contains(first) && first.All(char.IsLower) && name[space..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsUpper(w[0])));
    }

    /// <summary>True when <paramref name="word"/> is a lower-case particle a name may open with ("van", "de").</summary>
    public bool IsNameParticle(string word) => _particles.Contains(word);

    /// <summary>The cleaned name, or null when nothing name-like remains.</summary>
    public string? Normalize(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return null;
        }

        var text = WithoutSoftHyphens(WebUtility.HtmlDecode(Markup().Replace(candidate, " ")));
        text = UnicodeEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        // The responsible editor's label ("责任编辑：孔德明") introduces the person the page credits, like "By".
        text = WithoutCredentials(_creditedEditorLabel.Replace(text, ""));
        if (text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // An age set beside the name ("Jane Doe | 2 hours ago", "prije 26 minuta", "vor 3 Stunden") is no part of it; without its number
        // it would read as words of a name ("Hours Ago").
        text = Age().Replace(text, " ");

        // A user name ("Bo2man") is how the page names its author: kept as written, not split or stripped of digits.
        // Also after its label and what follows it ("Author: Bo2man am 29.12.2010").
        var bare = _stopWords.Replace(Prefix().Replace(WhitespaceFolder.FoldLine(text), ""), "");
        var user = UserName().Match(text.Trim());
        if (!user.Success)
        {
            user = UserName().Match(bare);
        }

        if (user.Success && !_handles.Contains(user.Value) && !IsAdministrativeAccount(user.Value))
        {
            return user.Value;
        }

        text = Email().Replace(text, " ");
        text = Handle().Replace(text, " ");
        text = Nickname().Replace(text, " ");
        text = Description().Replace(text, " ");
        text = KeepNameCharacters(text.Replace('_', ' '));
        text = WhitespaceFolder.FoldLine(text);
        text = Prefix().Replace(text, "");
        // The page's interface beside the byline ("WATCH LIVE", "Shout Jane Doe a coffee", "About the Author") opens with a call to action
        // or a box's label, before a role word in it ("Über den Autor") would be cut off as a title.
        if (_interfacePhrase.IsMatch(text))
        {
            return null;
        }

        // The kind of piece before the name ("Ein Kommentar von Jane Doe", "A column by Jane Doe") labels the credit.
        text = GenreBeforeName().Replace(text, "");
        text = DashTail().Replace(text, "");
        // "de la" ends a name before an affiliation ("de la Redacción") but is part of one before a surname ("Jose de la Cruz").
        text = _stopWords.Replace(text, m => ParticleSurname().IsMatch(m.Value) ? m.Value : "");
        // A title before the name ("Rechtsanwalt Sebastian Einbock") goes; one after it takes the rest of the line with it.
        // A compound role naming the newsroom ("SPIEGEL-Korrespondent Jane Doe") is a title too.
        text = _compoundLeadingRole.Replace(text, "");
        text = _leadingRole.Replace(text, "");
        // A role word right after one capitalised word is the whole pen name ("Rasender Reporter"), not a title after a name,
        // unless the two words are one role together ("Staff Reporter").
        var role = _roles.Match(text);
        if (role.Success && (role.Index == 0 || !_penNameWithRole.IsMatch(text)))
        {
            text = text[..role.Index];
        }

        text = TrimPunctuationKeepingInitial(text, ' ', '.', ',', ':', ';', '-', '–', '—', '\'', '’', '|', '/');

        // A colon left after the prefixes are gone marks a label ("Image: Getty"); a lone connecting word is what a date line
        // leaves ("um" of "um 11:14 Uhr"): neither is a name.
        if (text.Length < 2 || text.Length > 60 || _handles.Contains(text) || IsAdministrativeAccount(text) || _stopWordSet.Contains(text) || !text.Any(char.IsLetter) || text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        return text.Any(char.IsUpper) ? text : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
    }

    /// <summary>A one-word login that names the site's administrative account ("wordpressadmin", "Admin2", "webmaster_news"): nobody in particular.</summary>
    public bool IsAdministrativeAccount(string text) =>
        !text.AsSpan().Trim().ContainsAny(' ', '\t') && _administrativeParts.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Lower case letters only, accents dropped: "Müller-Lüdenscheidt" and "muller-ludenscheidt" compare equal.</summary>
    internal static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The text without soft hyphens: a hyphenating template splits names into syllables with them ("Mat&amp;shy;thi&amp;shy;as").</summary>
    internal static string WithoutSoftHyphens(string text) => text.Contains('\u00AD', StringComparison.Ordinal) ? text.Replace("\u00AD", "", StringComparison.Ordinal) : text;

    private static string KeepNameCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            // Variation selectors are marks too, but only ever dress up emoji.
            var keep = char.IsLetter(c) || (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && c is < '\uFE00' or > '\uFE0F')
                || c is ' ' or '\'' or '’' or '-' or '.' or ',' or '&' or '|' or '/' or ';' or '–' or '—' or ':';
            builder.Append(keep ? c : ' ');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    /// <summary>A parenthesised description with ordinary words in it ("(Pressesprecher des EJW)"), unlike an agency tag ("(AP)").</summary>
    [GeneratedRegex(@"\((?=[^)]*\s\p{Ll})[^)]{3,80}(?:\)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeEscape();

    // A digit marks a user name ("Bo2man", "freeman1984"); "Jenny_Smith" is a slug that reads as "Jenny Smith".
    [GeneratedRegex(@"^\p{L}(?=[\p{L}\p{N}_]*\p{N})[\p{L}\p{N}_]{2,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserName();

    // Also spelled out against harvesters: "jane[at]example.net", "jane (at) example.net".
    [GeneratedRegex(@"[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)[\w-]+(?:\.|\s?[\[(]dot[\])]\s?)[\w.-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\w)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"[""“”„«»][^""“”„«»]{1,40}[""“”„«»]", RegexOptions.CultureInvariant)]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^(?:(?:written|reported|reporting|text|texte|photos?|words|story|posted|published|submitted|article|edited)\s+by|(?:eine?\s+)?(?:geschrieben|verfasst|artikel|beitrag|gepostet|erstellt|veröffentlicht|eingestellt)\s+vo[nm]|redaktion\s*:|(?:testo|texto|tekst)\s+(?:di|de|av|af|door)|escrito\s+por|écrit\s+par|scritto\s+da|geschreven\s+door|escribe|escriben|schreibt|scrive|écrit|piše|pisze|píše|by|vo[nm]|par|por|di|door|av|af|source|sources|quelle|credit|" + WriterLabels.Noun + @"|texte|texto|testo|tekst|text)\s*:?(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    /// <summary>Words, then "von"/"by" and a full name of two capitalised words or more; "von" before one word or "der" is a particle ("Otto von Bismarck").</summary>
    [GeneratedRegex(@"^\S.*?\s(?:von|(?i:by|par|por|door))\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex GenreBeforeName();

    [GeneratedRegex(@"(?:\b(?:vor|prije|pre|hace|há|il y a|fa|temu|před|pred)\s+)?\b\d{1,3}\s*(?:sec|min|minut|stund|std|sat|hour|hr|hora|heure|ora|dan|dni|day|tag|día|dia|jour|giorn|week|woche|month|monat|mes|mois|mese|mjesec)\p{L}*\.?(?:\s+(?:ago|fa|temu|zuvor|atrás))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"^\sde la\s\p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticleSurname();

    [GeneratedRegex(@"\s[-–—|]\s.*$", RegexOptions.CultureInvariant)]
    private static partial Regex DashTail();

    /// <summary>Trims <paramref name="characters"/> from both ends, but a final initial keeps its period ("Joe S.": part of the name as written).</summary>
    internal static string TrimPunctuationKeepingInitial(string text, params char[] characters)
    {
        var trimmed = text.Trim(characters);
        return InitialAtEnd().IsMatch(text) && trimmed.Length > 0 && char.IsUpper(trimmed[^1]) ? trimmed + "." : trimmed;
    }

    [GeneratedRegex(@"\s\p{Lu}\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialAtEnd();
}
