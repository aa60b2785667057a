using System.Globalization;

namespace Pipeline.Core.Text;

/// <summary>Turns a commenter's timestamp ("September 10, 2016" + "8:17 pm") into local ISO 8601 ("2016-09-10T20:17"), or the date alone when no time is given.</summary>
public static class CommentDateParser
{
    private static readonly string[] DateFormats = ["MMMM d yyyy", "MMM d yyyy", "MMMM dd yyyy", "MMM dd yyyy"];

    public static string? Parse(string date, string? time)
    {
        ArgumentNullException.ThrowIfNull(date);
        var cleaned = date.Replace(",", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal);
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.StartsWith("Sept ", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = "Sep " + cleaned[5..];
        }

        if (!DateTime.TryParseExact(cleaned, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(time))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var t = time.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        string[] timeFormats = ["h:mmtt", "hh:mmtt", "H:mm", "HH:mm"];
        return DateTime.TryParseExact(t, timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            ? day.Add(clock.TimeOfDay).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
