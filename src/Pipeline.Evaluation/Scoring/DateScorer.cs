using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Evaluation.Datasets;

namespace Pipeline.Evaluation.Scoring;

/// <summary>The htmldate metric at day level, plus an instant comparison when both dates carry a UTC offset.</summary>
public static partial class DateScorer
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\d[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex InstantWithOffset();

    /// <summary>
    /// No prediction: FN (and also TN when the label says the page has no date). Same day as the label, or the same instant when both carry an offset: TP. Otherwise FP.
    /// </summary>
    public static DateCounts Score(DateLabel label, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(label);
        var predictedDay = Day(predicted);
        if (predictedDay is null)
        {
            return new DateCounts(0, 0, 1, label.Value is null ? 1 : 0, 0, 0);
        }

        var (instantRight, instantCompared) = CompareInstants(label.Value, predicted!);
        // The same instant written in another offset can fall on another calendar day ("2024-08-26 23:27:57+00:00" is
        // "2024-08-27T01:27:57+02:00"): it is the labelled date all the same.
        var right = label.Value is not null && (string.Equals(predictedDay, LabelDay(label.Value), StringComparison.Ordinal) || instantRight == 1);
        return new DateCounts(right ? 1 : 0, right ? 0 : 1, 0, 0, instantRight, instantCompared);
    }

    /// <summary>The <c>YYYY-MM-DD</c> part of an ISO 8601 date or date-time, or null when there is none.</summary>
    public static string? Day(string? value) =>
        value is not null && IsoDay().Match(value.Trim()) is { Success: true } match ? match.Value : null;

    // Labels are compared as published: a malformed label ("2022-11-1") simply never matches.
    private static string LabelDay(string label) => Day(label) ?? label.Trim();

    private static (int Right, int Compared) CompareInstants(string? label, string predicted)
    {
        if (label is null || !TryParseInstant(label, out var expected) || !TryParseInstant(predicted, out var actual))
        {
            return (0, 0);
        }

        return (expected == actual ? 1 : 0, 1);
    }

    private static bool TryParseInstant(string value, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = value.Trim();
        return InstantWithOffset().IsMatch(trimmed)
            && DateTimeOffset.TryParse(trimmed.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
