using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Finds a byline written as its own short line just under the main heading, in markup that does not say so:
/// "von Jane Doe", "Posted by jdoe", "Verfasst von: jdoe | 31. Dezember 2008".
/// A bare "by"/"von" must open the line and be followed by a person-like name and nothing but a date or a separator;
/// an explicit label ("Posted by", "Verfasst von") may sit inside the line and introduce a user name.
/// </summary>
public sealed partial class HeadingLineBylineFinder
{
    private const int TextLimit = 1200;
    private const int LineLimit = 160;
    private const int ProseLines = 2;
    private const int UnlabelledLines = 4;
    private const int ClosingLines = 3;
    private const int LinesAboveHeading = 3;
    private const int DateLineLimit = 60;
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase) { "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr", "td", "th", "table", "header", "footer", "section", "article", "main", "address" };

    private readonly BylineParser _parser;
    private readonly HashSet<string> _months;

    public HeadingLineBylineFinder(MetadataRules rules, BylineParser parser)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(parser);
        _parser = parser;
        _months = new HashSet<string>(rules.MonthNames.SelectMany(m => m.Names), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The byline line and what it names, or null when the lines under the heading hold none.</summary>
    /// <param name="heading">The main heading; the top of <paramref name="articleRoot"/> stands in for what follows it on a page without one.</param>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? Find(IElement? heading, IElement? articleRoot)
    {
        var lines = heading is not null ? LinesAfter(heading)
            : articleRoot?.FirstChild is { } first ? Lines(first, articleRoot, TextLimit, ProseLines)
            : null;
        if (lines is null)
        {
            return null;
        }

        foreach (var line in lines)
        {
            if (line.Length > LineLimit)
            {
                continue;
            }

            if (Labelled().Match(line) is { Success: true } labelled && _parser.ParseLabelled(WithoutMonth(labelled.Groups["name"], line)) is { } named && (named.Authors.Count > 0 || named.Agencies.Count > 0))
            {
                return (line, named);
            }

            if (Bare().Match(line) is { Success: true } bare)
            {
                var name = WithoutMonth(bare.Groups["name"], line);
                if (_parser.Parse(name) is { } credited && (credited.Authors.Count > 0 || credited.Agencies.Count > 0))
                {
                    return (line, credited);
                }

                if (_parser.DeskCredit(name) is { } desk)
                {
                    return (line, new Byline([], [desk]));
                }
            }
        }

        if (heading is not null && AboveHeading(heading) is { } above)
        {
            return above;
        }

        return NameBesideDate(lines);
    }

    /// <summary>
    /// A byline in the article's header just above the heading, among its first few non-empty siblings before it:
    /// a dateline ending in a name ("04.02.2022 | 13:10 Uhr | Uta Helkenberg") or a labelled credit ("05.02.2020 - Redaktion: Eberhard Fuhr").
    /// </summary>
    private (string Text, Byline Byline)? AboveHeading(IElement heading)
    {
        if (heading.ParentElement is not { } parent)
        {
            return null;
        }

        var siblings = parent.Children;
        var index = siblings.Index(heading);
        var seen = 0;
        for (var i = index - 1; i >= 0 && seen < LinesAboveHeading; i--)
        {
            var above = siblings[i];
            if (ArticleHeadScanner.ExcludedTags.Contains(above.LocalName) || WhitespaceFolder.FoldLine(above.TextContent) is not { Length: > 0 } line)
            {
                continue;
            }

            // Running text above the heading is another story or an introduction: the header ends there.
            if (line.Length > LineLimit)
            {
                return null;
            }

            seen++;
            if (DateThenName().Match(line) is { Success: true } signed && IsDate(signed.Groups["date"].Value)
                && _parser.Parse(signed.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } person)
            {
                return (line, person);
            }

            if (Labelled().Match(line) is { Success: true } labelled && _parser.ParseLabelled(WithoutMonth(labelled.Groups["name"], line)) is { Authors.Count: > 0 } named)
            {
                return (line, named);
            }
        }

        return null;
    }

    /// <summary>
    /// A labelled credit among the last lines of the article body ("Autor: jdoe", "Written by: Jane Doe", "Quelle: kathpress"),
    /// or null. Only labels count here: a bare name at the end is left to the bold or italic sign-off.
    /// </summary>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? FindAtEnd(IElement? articleRoot)
    {
        if (articleRoot?.FirstChild is not { } first)
        {
            return null;
        }

        var lines = Lines(first, articleRoot, int.MaxValue, int.MaxValue);
        for (var i = Math.Max(0, lines.Count - ClosingLines); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > LineLimit)
            {
                continue;
            }

            if (Labelled().Match(line) is { Success: true, Index: 0 } labelled && _parser.ParseLabelled(labelled.Groups["name"].Value) is { } named && (named.Authors.Count > 0 || named.Agencies.Count > 0))
            {
                return (line, named);
            }

            // "Autoren Jelko Djuren und Jutta Klaukien", or the label alone with the names on the next line ("Von:" / "Götz Warnke"):
            // only full personal names count there.
            var signed = ClosingLabel().Match(line) is { Success: true } label ? line[label.Length..]
                : ClosingLabelAlone().IsMatch(line) && i + 1 < lines.Count ? lines[i + 1]
                : null;
            if (signed is not null && NamesOnly().IsMatch(signed) && _parser.Parse(signed) is { Authors.Count: > 0, Agencies.Count: 0 } people)
            {
                return (line == signed ? line : WhitespaceFolder.FoldLine(line + " " + signed), people);
            }

            if (SourceLine().IsMatch(line) && _parser.Parse(line) is { Authors.Count: 0, Agencies.Count: > 0 } source)
            {
                return (line, source);
            }
        }

        return null;
    }

    /// <summary>
    /// An unlabelled line that is only a person's name ("Sehernur Karsu |"), among the first lines under the heading,
    /// with the article's date on the line before or after it: the byline of a page that labels neither.
    /// </summary>
    private (string Text, Byline Byline)? NameBesideDate(List<string> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, UnlabelledLines); i++)
        {
            var line = lines[i];
            if (DateThenName().Match(line) is { Success: true } after && IsDate(after.Groups["date"].Value)
                && _parser.Parse(after.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } signed)
            {
                return (line, signed);
            }

            if (OnlyName().Match(line) is not { Success: true } name)
            {
                continue;
            }

            var dated = name.Groups["rest"].Length > 0 ? IsDate(name.Groups["rest"].Value) : (i > 0 && IsDate(lines[i - 1])) || (i + 1 < lines.Count && IsDate(lines[i + 1]));
            if (dated && _parser.Parse(name.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } person)
            {
                return (line, person);
            }
        }

        return null;
    }

    /// <summary>A short line that opens with a date ("05.04.2025 - Güncelleme …", "March 5, 2024", "19. Oktober 2019"), not with a label ("Datum: …").</summary>
    private bool IsDate(string line)
    {
        var text = line.Trim(' ', '|', '·', '•', ',', '–', '—', '-');
        var words = text.Split(' ', 3);
        var first = words[0].Trim('.', ',');
        // The day before the month's name ("19. Oktober 2019", "5 mars 2021").
        var dayThenMonth = words.Length > 1 && first.Length is 1 or 2 && first.All(char.IsDigit) && _months.Contains(words[1].Trim('.', ','));
        return text.Length <= DateLineLimit && text.Any(char.IsDigit) && (NumericDate().IsMatch(text) || _months.Contains(first) || dayThenMonth) && (char.IsDigit(text[0]) || _months.Contains(first));
    }

    /// <summary>The name without a month that opens the date after it ("Jane Doe March 5"), when the text after the name goes on with the day.</summary>
    /// <param name="name">A name matched at the start of a byline.</param>
    /// <param name="following">The text right after the match.</param>
    internal string WithoutMonth(string name, string following)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && following.TrimStart() is { Length: > 0 } rest && char.IsDigit(rest[0]) && _months.Contains(name[(space + 1)..].TrimEnd('.')) ? name[..space] : name;
    }

    private string WithoutMonth(Group name, string line) => WithoutMonth(name.Value, line[(name.Index + name.Length)..]);

    /// <summary>The text after the heading split at block boundaries, until enough text or a second paragraph of prose has gone by.</summary>
    private static List<string> LinesAfter(IElement heading) => Lines(NextSkippingChildren(heading, null), null, TextLimit, ProseLines);

    /// <summary>
    /// The text from <paramref name="first"/> on, split at block boundaries, staying inside <paramref name="within"/> when given,
    /// until <paramref name="textLimit"/> characters or <paramref name="proseLimit"/> lines of prose have gone by.
    /// </summary>
    private static List<string> Lines(INode? first, IElement? within, int textLimit, int proseLimit)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var total = 0;
        var prose = 0;
        for (var node = first; node is not null && total < textLimit && prose < proseLimit;)
        {
            if (node is IElement element)
            {
                if (ArticleHeadScanner.ExcludedTags.Contains(element.LocalName) || element.LocalName == "button" || element.HasAttribute("hidden"))
                {
                    node = NextSkippingChildren(node, within);
                    continue;
                }

                if (BlockTags.Contains(element.LocalName))
                {
                    Flush();
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                line.Append(node.TextContent);
            }

            node = node.FirstChild ?? NextClosing(node);
        }

        Flush();
        return lines;

        // Leaving a block element ends its line too.
        INode? NextClosing(INode node)
        {
            for (var current = node; current is not null && current != within; current = current.Parent)
            {
                if (current.NextSibling is { } sibling)
                {
                    return sibling;
                }

                if (current.Parent is IElement parent && BlockTags.Contains(parent.LocalName))
                {
                    Flush();
                }
            }

            return null;
        }

        void Flush()
        {
            var text = AuthorNameNormalizer.WithoutSoftHyphens(WhitespaceFolder.FoldLine(line.ToString()));
            line.Clear();
            if (text.Length == 0)
            {
                return;
            }

            lines.Add(text);
            total += text.Length;
            if (text.Length > LineLimit)
            {
                prose++;
            }
        }
    }

    private static INode? NextSkippingChildren(INode node, IElement? within)
    {
        for (var current = node; current is not null && current != within; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    // Lower-case words that stand inside a name ("Ursula von der Leyen", "Omar bin Laden").
    private const string NameParticles = "van|von|de|der|den|la|del|da|di|du|dos|bin|al";

    // A capitalised word, possibly double-barrelled ("Müller-Lüdenscheidt"), two or three times: a short personal name,
    // perhaps with a middle initial after the first name ("Boris T. Kaiser").
    private const string TwoOrThreeCapitalisedWords = @"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}";

    // The name ends where a date, a time, a place or category ("in Sport", "under News") or a separator begins.
    private const string NameEnd = @"(?=\s*(?:$|[|·•,;–—(]|\s-\s|\d|\b(?i:am|on|le|el|il|um|at|in|im|under|unter|vom|publié|veröffentlicht|posted|published)\b))";

    // The labels that credit the author on a closing line.
    private const string ClosingLabelWords = "autor|autorin|autoren|author|authors|auteur|auteurs|text|von|by";

    /// <summary>An author label opening a closing line, with or without a colon ("Autoren", "Text:").</summary>
    [GeneratedRegex(@"^(?i:" + ClosingLabelWords + @")\s*:?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLabel();

    /// <summary>An author label alone on its line, with a colon: the names follow on the next line.</summary>
    [GeneratedRegex(@"^(?i:" + ClosingLabelWords + @")\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLabelAlone();

    /// <summary>One or more short personal names and nothing else ("Jelko Djuren und Jutta Klaukien").</summary>
    [GeneratedRegex(@"^" + TwoOrThreeCapitalisedWords + @"(?:(?:\s*[,&]\s*|\s+(?:und|and|et|y)\s+)" + TwoOrThreeCapitalisedWords + @")*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamesOnly();

    [GeneratedRegex(@"^(?i:quelle|quellen|source|sources|fuente|fonte)\s*:\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    /// <summary>Two or three capitalised words, then nothing, a separator, or a separator and the rest of the line (a date, to be checked).</summary>
    [GeneratedRegex(@"^(?<name>" + TwoOrThreeCapitalisedWords + @")\s*(?:[|·•,–—-]\s*(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyName();

    /// <summary>The date, then a separator and a name ending the line ("25.10.2022 - Reiner Nagel").</summary>
    [GeneratedRegex(@"^(?<date>.*\d.*?)\s[|·•–—-]\s(?<name>" + TwoOrThreeCapitalisedWords + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex DateThenName();

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\p{L})(?i:(?:autor(?:in)?|author|auteur|text|redaktion)\s*:|posted\s+(?:in\s+[^|]{1,40}?\s+)?by|written\s+by|published\s+by|verfasst\s+von|geschrieben\s+von|erstellt\s+von|gepostet\s+von|(?:ein\s+)?(?:artikel|beitrag)\s+von)\s*:?\s*(?<name>[\p{L}\p{N}_.'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*(?:(?:\s*[,&]\s*|\s+(?:and|und|et|y)\s+)[\p{L}\p{N}_.'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*)*)" + NameEnd, RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:[-–—]+\s*)?(?i:by|von|vom|par|por|door|di)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:(?:\s*[,&]\s*|\s+(?:und|and|et|y)\s+|\s+)(?:\p{Lu}[\p{L}'’.-]*|" + NameParticles + @"))*)" + NameEnd, RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
