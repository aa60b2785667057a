using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Text.Stages;

namespace Pipeline.Core.Text;

/// <summary>
/// Tells the lines of a story's head that tell about the story (its byline with a date, a credit, the reading time, a comment count,
/// share buttons) from one that could be its title: in a text dump they sit between the headline and the first paragraph, shaped like
/// headings.
/// </summary>
public sealed partial class HeadMetadataLine(TextPatterns patterns, StampLineDetector stamps, AgencyCatalog agencies)
{
    /// <summary>A credit naming an agency is a short line ("Al Goldis, Associated Press"); a headline may name one in passing.</summary>
    private const int MaxAgencyCreditWords = 8;

    /// <summary>A name beside a date has a given name and a surname (a single word beside a date is as often the site's name: "LinkNaija").</summary>
    private const int MinNameWords = 2;

    private const int MaxNameWords = 4;

    /// <summary>True when <paramref name="line"/> is about the story rather than its headline.</summary>
    public bool IsMetadata(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || text[^1] is ':' or '：' || (text.Contains('@', StringComparison.Ordinal) && Handle().IsMatch(text)) || patterns.HeadMetadata.IsMatch(text))
        {
            return true;
        }

        // A date or a clock time beside a name or a label is a byline or a dateline; a headline that tells of a day says more.
        var rules = patterns.Rules;
        var (rest, dated, timed) = WithoutDatesAndTimes(text);
        var beside = LineShape.Words(rest);
        if ((timed && beside <= rules.MaxWordsBesideHeadTime) || (dated && beside <= rules.MaxWordsBesideHeadDate))
        {
            return true;
        }

        return LineShape.Words(text) <= MaxAgencyCreditWords && agencies.FindAll(text).Count > 0;
    }

    /// <summary>
    /// The name a head line states beside a date or a time and nothing else ("Chris Davies - Nov 19, 2019, 10:31 pm CST": "Chris
    /// Davies"): the story's byline without its "By"; null for any other line.
    /// </summary>
    public string? DatedName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // A name beside a date is a short line; a long one is not read for dates at all, which costs more the longer it runs.
        if (line.Length > LineShape.MaxShortLineLength)
        {
            return null;
        }

        var (rest, dated, timed) = WithoutDatesAndTimes(line.Trim());
        var name = Separators().Replace(rest, " ").Trim();
        return (dated || timed) && LineShape.Words(name) is >= MinNameWords and <= MaxNameWords && !patterns.HeadMetadata.IsMatch(name) ? name : null;
    }

    /// <summary>The text beside the dates, ages and clock times <paramref name="text"/> states, and which of them it states.</summary>
    private (string Beside, bool Dated, bool Timed) WithoutDatesAndTimes(string text)
    {
        var left = stamps.BesideDates(text);
        var rest = left ?? text;
        var timed = ClockTime().IsMatch(rest);
        return (timed ? ClockTime().Replace(rest, " ") : rest, left is not null, timed);
    }

    // A handle or an address glued to a name ("Natasha Turak@NatashaTurak", "jane@example.com").
    [GeneratedRegex(@"\w@\w|(?<!\w)@\w{2,}")]
    private static partial Regex Handle();

    // The dashes, bars and commas a date left standing beside the name, and a time's zone ("CST") left after it.
    [GeneratedRegex(@"\s[-–—|•·,]+(?=\s|$)|^[-–—|•·,]+\s|\s+(?:[A-Z]{2,4})$")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?(?![\d:])|(?<![\d:.])\d{1,2}\s*[ap]\.?m\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
