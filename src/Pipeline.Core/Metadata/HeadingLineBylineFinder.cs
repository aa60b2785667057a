using System.Buffers;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;
using static Pipeline.Core.Metadata.BylineLinePatterns;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Finds a byline written as its own short line just under the main heading, in markup that does not say so:
/// "von Jane Doe", "Posted by jdoe", "Verfasst von: jdoe | 31. Dezember 2008".
/// A bare "by"/"von" must open the line and be followed by a person-like name and nothing but a date or a separator;
/// an explicit label ("Posted by", "Verfasst von") may sit inside the line and introduce a user name.
/// </summary>
public sealed class HeadingLineBylineFinder
{
    /// <summary>Siblings above the heading that may hold the byline: the header's kicker, date and credit.</summary>
    private const int LinesAboveHeading = 3;

    /// <summary>Lines under the heading that may hold an unlabelled name beside the date.</summary>
    private const int UnlabelledLines = 4;

    private readonly BylineParser _parser;
    private readonly BylineDates _dates;
    private readonly ClosingBylineFinder _closing;
    private readonly SearchValues<string> _screenReaderOnly;

    public HeadingLineBylineFinder(MetadataRules rules, BylineParser parser)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(parser);
        _parser = parser;
        _dates = new BylineDates(rules);
        _closing = new ClosingBylineFinder(parser, _dates);
        _screenReaderOnly = SearchValues.Create([.. rules.ScreenReaderClassPatterns], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The byline line and what it names, or null when the lines under the heading hold none.</summary>
    /// <param name="heading">The main heading; the top of <paramref name="articleRoot"/> stands in for what follows it on a page without one.</param>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? Find(IElement? heading, IElement? articleRoot)
    {
        var lines = heading is not null ? BlockLines.After(heading, _screenReaderOnly)
            : articleRoot?.FirstChild is { } first ? BlockLines.AtTop(first, articleRoot, _screenReaderOnly)
            : null;
        if (lines is null)
        {
            return null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > BlockLines.MaxShortLine)
            {
                continue;
            }

            // "<dt>Auteur</dt><dd>Jane Doe</dd>": the label in its own element, only personal names on the next line.
            if (WriterNounAlone().IsMatch(line) && i + 1 < lines.Count && NamesOnly().IsMatch(lines[i + 1]) && _parser.Parse(lines[i + 1]) is { Authors.Count: > 0 } listed)
            {
                return (line + " " + lines[i + 1], listed);
            }

            if (Labelled().Match(line) is { Success: true } labelled && _parser.ParseLabelled(_dates.NameWithoutMonth(labelled.Groups["name"], line)) is { } named && (named.Authors.Count > 0 || named.Agencies.Count > 0))
            {
                return (line, named);
            }

            // A news agency's name alone on the line right under the heading ("<p class=credit>JIJI</p>") is where the story came from.
            if (i == 0 && _parser.Agencies.Match(line) is not null)
            {
                return (line, new Byline([], [line.Trim()]));
            }

            if (Bare().Match(line) is { Success: true } bare)
            {
                var name = _dates.NameWithoutMonth(bare.Groups["name"], line);
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
    /// A labelled credit among the last lines of the article body ("Autor: jdoe", "Written by: Jane Doe", "Quelle: kathpress"),
    /// or null. Only labels count here: a bare name at the end is left to the bold or italic sign-off.
    /// </summary>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? FindAtEnd(IElement? articleRoot) => _closing.Find(articleRoot);

    /// <summary>The reporters an agency's story names on its closing line ("(Reporting by Will Dunham; Editing by Tom Brown)"), or null.</summary>
    public Byline? ReportersAtEnd(IElement? articleRoot) => _closing.Reporters(articleRoot);

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
            if (ExcludedRegions.Tags.Contains(above.LocalName) || WhitespaceFolder.FoldLine(above.TextContent) is not { Length: > 0 } line)
            {
                continue;
            }

            // Running text above the heading is another story or an introduction: the header ends there.
            if (line.Length > BlockLines.MaxShortLine)
            {
                return null;
            }

            seen++;
            if (DateThenName().Match(line) is { Success: true } signed && _dates.IsDateLine(signed.Groups["date"].Value)
                && _parser.Parse(signed.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } person)
            {
                return (line, person);
            }

            if (Labelled().Match(line) is { Success: true } labelled && _parser.ParseLabelled(_dates.NameWithoutMonth(labelled.Groups["name"], line)) is { Authors.Count: > 0 } named)
            {
                return (line, named);
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
            if (DateThenName().Match(line) is { Success: true } after && _dates.IsDateLine(after.Groups["date"].Value)
                && _parser.Parse(after.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } signed)
            {
                return (line, signed);
            }

            if (OnlyName().Match(line) is not { Success: true } name)
            {
                continue;
            }

            var dated = name.Groups["rest"].Length > 0 ? _dates.IsDateLine(name.Groups["rest"].Value) : (i > 0 && _dates.IsDateLine(lines[i - 1])) || (i + 1 < lines.Count && _dates.IsDateLine(lines[i + 1]));
            if (dated && _parser.Parse(name.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } person)
            {
                return (line, person);
            }
        }

        return null;
    }

    /// <summary>The name without a month that opens the date after it ("Jane Doe March 5"), when the text after the name goes on with the day.</summary>
    /// <param name="name">A name matched at the start of a byline.</param>
    /// <param name="following">The text right after the match.</param>
    internal string WithoutMonth(string name, string following) => _dates.NameWithoutMonth(name, following);
}
