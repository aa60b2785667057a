using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Reads who wrote a reader comment and when from its author and date elements: the name without the date or the "says:" run into it
/// ("Jane Doe 12. Dezember 2012 um 23:17", "Mike sagt:"), the date in ISO 8601 as article dates are given, or null when none is stated.
/// </summary>
internal sealed partial class CommentByline
{
    /// <summary>A commenter's name or nickname is a few words; more is a sentence the author element also holds (a reply's subject).</summary>
    private const int MaxNameWords = 5;

    private const int MaxNameChars = 60;

    /// <summary>A header line is a name and a date; longer is a sentence that mentions a date.</summary>
    private const int MaxHeaderChars = 120;

    /// <summary>After the date a header holds at most a time and a label (" - 10:02 am", " at 4:47 pm said:").</summary>
    private const int MaxHeaderTailChars = 24;

    /// <summary>The words that join a name or a line's start to a date ("Jane Doe on …", "le 22/11/2024", "am 3. Mai").</summary>
    private const string DatePrepositions = "on|am|um|le|el|il|em|op|den|at";

    private readonly DateTextScanner _scanner;
    private readonly DateNormalizer _normalizer;
    private readonly SlashedDateOrder _slashedDates;
    private readonly Regex _saysEnding;

    public CommentByline(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _scanner = DateTextScanner.For(rules);
        _normalizer = new DateNormalizer(_scanner);
        _slashedDates = new SlashedDateOrder(rules);
        // In lower case after the name, or in any case before a colon, as comment systems print it ("Jane says:", "Jane Sagt:", "Lenasagt:"
        // with the label's element run into the name's): "Edward Said" keeps its surname.
        var words = string.Join("|", rules.CommentSaysWords.OrderByDescending(w => w.Length).Select(Regex.Escape));
        _saysEnding = rules.CommentSaysWords.Count == 0 ? RulePattern.Create("(?!)") : RulePattern.Create(
            @"(?:\s+(?:" + words + @")\s*:?|(?:\s+|(?<=\p{Ll}))(?i:" + words + @")\s*:)\s*$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The comments with their authors and dates read, slashed dates in the order the page's language and address suggest, no date after the file was stored.</summary>
    public IReadOnlyList<Comment> Read(IReadOnlyList<Comment> comments, string? language, string? url, DateTimeOffset? storedAt)
    {
        ArgumentNullException.ThrowIfNull(comments);
        if (comments.Count == 0)
        {
            return comments;
        }

        var dayFirst = _slashedDates.DayFirst(language, url);
        var bounds = DateBounds.For(storedAt);
        return [.. comments.Select(c => Read(c, dayFirst, bounds))];
    }

    /// <summary>
    /// The comment with its author element's text (<see cref="Comment.Author"/>) and its date as written (<see cref="Comment.PublishedAt"/>:
    /// a time element's datetime or the date element's text) read, and its text without the header line a theme sets over it.
    /// </summary>
    public Comment Read(Comment raw, bool dayFirst, DateBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(bounds);
        return WithoutHeaderLine(ReadElements(raw, dayFirst, bounds), dayFirst, bounds);
    }

    private Comment ReadElements(Comment raw, bool dayFirst, DateBounds bounds)
    {
        // A machine date with its time ("2012-12-12T23:17:16+01:00") as the normaliser gives it; a written one with the time after it.
        var machine = _normalizer.Normalize(raw.PublishedAt, bounds);
        var published = machine is { HasTime: true } ? machine.Iso : Written(raw.PublishedAt, bounds, dayFirst) ?? machine?.Iso;
        if (string.IsNullOrWhiteSpace(raw.Author))
        {
            return raw with { Author = null, PublishedAt = published };
        }

        var name = raw.Author;
        // "Jane Doe 12. Dezember 2012 um 23:17", "Rick Rottman · March 10, 2017 at 2:18 PM": the date ends the name and dates the comment.
        if (_scanner.Scan(name, bounds, dayFirst).FirstOrDefault() is { Index: > 0 } found)
        {
            published ??= WithTimeOfDay(found, name);
            name = ConnectorBeforeDate().Replace(name[..found.Index], "");
        }

        name = _saysEnding.Replace(name, "").Trim(' ', ',', ':', '·', '•', '|', '-', '–', '—', '@');
        var author = name.Length is > 0 and <= MaxNameChars && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords ? name : null;
        return raw with { Author = author, PublishedAt = published };
    }

    /// <summary>
    /// The comment without a first paragraph that only says who wrote it and when, as themes set it over the text: its date ("le
    /// 22/11/2024 à 09:47", which dates an undated comment), the author's name and what follows it on the line ("Critica vor 11 Wochen"), a
    /// name and a date when no author was found ("Tom Reed May 14, 2024"), or the comment's number ("1"). The text keeps at least one paragraph.
    /// </summary>
    private Comment WithoutHeaderLine(Comment comment, bool dayFirst, DateBounds bounds)
    {
        var end = comment.Text.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0 || end > MaxHeaderChars || comment.Text.AsSpan(end).Trim().IsEmpty)
        {
            return comment;
        }

        var line = comment.Text[..end].Trim();
        var rest = comment.Text[(end + 2)..].TrimStart();
        if (CommentNumber().IsMatch(line))
        {
            return comment with { Text = rest };
        }

        // The name alone, or with its date or age after it: a digit and no sentence's end ("Anna here.", "Anna, 2 kids, here." open a
        // comment that names its writer).
        if (comment.Author is { } author && line.StartsWith(author, StringComparison.Ordinal) && line.Length - author.Length <= MaxHeaderTailChars
            && (line.Length == author.Length || (line.AsSpan(author.Length).IndexOfAnyInRange('0', '9') >= 0 && line[^1] is not ('.' or '!' or '?'))))
        {
            return comment with { Text = rest, PublishedAt = comment.PublishedAt ?? Written(line[author.Length..], bounds, dayFirst) };
        }

        // Nothing but a time (and a "said:") after the date: "On May 3, 2019 I ordered two" is the comment's first sentence.
        if (_scanner.Scan(line, bounds, dayFirst).FirstOrDefault() is { } found && TimeTail().IsMatch(line[(found.Index + found.Length)..]))
        {
            if (DateOpening().IsMatch(line[..found.Index]))
            {
                return comment with { Text = rest, PublishedAt = comment.PublishedAt ?? WithTimeOfDay(found, line) };
            }

            if (comment.Author is null && IsHeaderLine(line))
            {
                return ReadElements(comment with { Author = line, Text = rest }, dayFirst, bounds);
            }
        }

        return comment;
    }

    /// <summary>
    /// True when <paramref name="line"/> is a commenter's header in a section that marks no items ("Tom Reed May 14, 2024 - 10:02 am",
    /// "Jane Doe on 3. Mai 2020 um 10:02 sagte:"): a name of a few words, a date, and at most a time and a "says" after it.
    /// </summary>
    public bool IsHeaderLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxHeaderChars || _scanner.Scan(line, new DateBounds(DateOnly.MinValue, DateOnly.MaxValue)).FirstOrDefault() is not { Index: > 0 } found
            || line.Length - found.Index - found.Length > MaxHeaderTailChars)
        {
            return false;
        }

        var name = _saysEnding.Replace(ConnectorBeforeDate().Replace(line[..found.Index], ""), "").Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxNameWords && char.IsLetter(name[0]) && !name.Any(c => c is '.' or '!' or '?' or ':' or ';');
    }

    /// <summary>The first written date of <paramref name="text"/> with the time of day after it; null when there is none ("2 days ago", "comment_date").</summary>
    private string? Written(string? text, DateBounds bounds, bool dayFirst) =>
        string.IsNullOrWhiteSpace(text) || _scanner.Scan(text, bounds, dayFirst).FirstOrDefault() is not { } found ? null : WithTimeOfDay(found, text);

    /// <summary>The found date, with the local time written right after it ("… at 2:18 PM", "… um 23:17", "… - 10:02 am") when there is one.</summary>
    private static string WithTimeOfDay(FoundDate found, string text)
    {
        if (found.Date.HasTime)
        {
            return found.Date.Iso;
        }

        return WrittenTimeOfDay.LocalTimeAfter(text, found.Index + found.Length) is { } time
            ? found.Date.Day.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : found.Date.Iso;
    }

    /// <summary>A comment's number over its text ("1", "#12", "3.").</summary>
    [GeneratedRegex(@"^#?\d{1,4}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentNumber();

    /// <summary>What may stand before a date that opens a line: nothing, or a preposition ("le 22/11/2024", "am 3. Mai", "on May 3").</summary>
    [GeneratedRegex(@"^\s*(?:(?:" + DatePrepositions + @")\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateOpening();

    /// <summary>What may follow a date on a header line: a time, joined or not, and a label ("à 09:47", "- 10:02 am", "um 23:17 Uhr", "at 4:47 pm said:").</summary>
    [GeneratedRegex(@"^\s*(?:(?:à|a|at|um|@|-|–|—|,|\|)\s*)?(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?)?\s*(?:\p{L}+\s*:)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeTail();

    /// <summary>What joins a name to the date after it ("Jane Doe on", "Jane Doe am", "Jane Doe ·").</summary>
    [GeneratedRegex(@"(?:\s*(?:[,·•|@\-–—]|\b(?:" + DatePrepositions + @")\b))+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorBeforeDate();
}
