using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Input;

/// <summary>Reads the Date header of a saved HTTP response or MIME message ("Wed, 14 May 2025 10:00:00 GMT", "… -0700 (PDT)"): when the page was saved.</summary>
public static partial class MessageDate
{
    // A saving tool's clock that was never set reads 1970 or 1980; bounding a page's dates by it would rule every real date out.
    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The instant, or null when the value is no date or one before the web's news era (a clock that was never set).</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // A zone's name in parentheses is a comment; a weekday that does not match the date (hand-written headers) is no reason to give up.
        var bare = Comment().Replace(value, "").Trim();
        foreach (var candidate in (ReadOnlySpan<string>)[bare, Weekday().Replace(bare, "")])
        {
            if (DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant >= Earliest ? instant : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[A-Za-z]{3,9},\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
