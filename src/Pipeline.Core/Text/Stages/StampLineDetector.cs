using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Text.Stages;

/// <summary>
/// Marks lines that are only a publication or update stamp ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
/// "20 Nov 2019 08:00 GMT", "Published 1 day ago"): page metadata, as the HTML path's stamp lines are. They leave the text with the
/// byline's reason; the post's dates are still read from them.
/// </summary>
public sealed class StampLineDetector : ITextStage
{
    // Whatever the page's date, a stamp is a stamp: the scan is bounded only by the web era, so that the file's timestamp does not
    // decide what is text.
    private static readonly DateBounds AnyDate = new(DateBounds.WebEra, DateOnly.MaxValue);

    private readonly DateTextScanner _dates;
    private readonly Regex _age;
    private readonly Regex _filler;
    private readonly int _maxChars;

    public StampLineDetector(TextRules text, MetadataRules metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        _dates = DateTextScanner.For(metadata);
        _maxChars = text.MaxStampLineChars;
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        _age = RulePattern.Create(text.StampAgePattern, options);
        // Labels are literal phrases; stamp words are patterns. Every character left beside the dates must be punctuation, a space or
        // part of one of them, word-bounded, so that a name or a sentence is never a stamp.
        var words = metadata.PublishedLabels.Concat(metadata.UpdatedLabels).Select(Regex.Escape).Concat(text.StampWords);
        _filler = RulePattern.Create(@"^(?:[\W_]|\b(?:" + string.Join("|", words.Select(w => "(?:" + w + ")")) + @")\b)*$", options);
    }

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && IsStampLine(b.Content) ? b with { Role = TextRole.Stamp, Removal = RemovalReasons.Byline } : b).ToArray();

    // Only a line short enough and with a digit is worth setting apart where the text browser glued a stamp's parts: most lines are prose.
    private bool IsStampLine(string line) => line.Length <= _maxChars && DateTextScanner.HasDecimalDigit(line) && IsStamp(GluedStamp.Unglued(line));

    /// <summary>Whether the line states a date or an age and, beside them, only labels, times, zones, weekdays and punctuation.</summary>
    public bool IsStamp(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // A stamp in brackets is a note the story makes on itself ("(Published Monday, Nov. 18, 2019)" under a reprinted letter).
        return line.Length <= _maxChars && !(line.StartsWith('(') && line.EndsWith(')')) && BesideDates(line) is { } left && _filler.IsMatch(left);
    }

    /// <summary>The text the line holds beside the dates and ages it states; null when it states none or runs longer than a stamp line.</summary>
    public string? BesideDates(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > _maxChars || !DateTextScanner.HasDecimalDigit(line))
        {
            return null;
        }

        var rest = new StringBuilder(line.Length);
        var at = 0;
        var stated = false;
        foreach (var found in _dates.Scan(line, AnyDate))
        {
            rest.Append(line, at, found.Index - at).Append(' ');
            at = found.Index + found.Length;
            stated = true;
        }

        rest.Append(line, at, line.Length - at);
        var left = rest.ToString();
        if (_age.Match(left) is { Success: true } age)
        {
            left = string.Concat(left.AsSpan(0, age.Index), " ", left.AsSpan(age.Index + age.Length));
            stated = true;
        }

        return stated ? left : null;
    }
}
