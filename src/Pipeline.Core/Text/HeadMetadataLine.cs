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

    /// <summary>True when <paramref name="line"/> is about the story rather than its headline.</summary>
    public bool IsMetadata(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || text[^1] is ':' or '：' || Handle().IsMatch(text) || patterns.HeadMetadata.IsMatch(text))
        {
            return true;
        }

        // A date or a clock time beside a name or a label is a byline or a dateline; a headline that tells of a day says more.
        var rules = patterns.Rules;
        var left = stamps.BesideDates(text);
        var dated = left is not null;
        left ??= text;
        var timed = ClockTime().IsMatch(left);
        var beside = LineShape.Words(timed ? ClockTime().Replace(left, " ") : left);
        if ((timed && beside <= rules.MaxWordsBesideHeadTime) || (dated && beside <= rules.MaxWordsBesideHeadDate))
        {
            return true;
        }

        return LineShape.Words(text) <= MaxAgencyCreditWords && agencies.FindAll(text).Count > 0;
    }

    // A handle or an address glued to a name ("Natasha Turak@NatashaTurak", "jane@example.com").
    [GeneratedRegex(@"\w@\w|(?<!\w)@\w{2,}")]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?(?![\d:])|(?<![\d:.])\d{1,2}\s*[ap]\.?m\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
