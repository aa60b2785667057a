using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Turns a date value from markup (ISO 8601, RFC 1123, compact digits, Unix time, or a written date) into a <see cref="PageDate"/>.</summary>
public sealed partial class DateNormalizer(DateTextScanner scanner)
{
    /// <summary>The normalised date, or null when the value holds no valid date inside <paramref name="bounds"/>.</summary>
    public PageDate? Normalize(string? raw, DateBounds bounds)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var trimmed = raw.Trim();
        var value = DecimalDigits.ToAscii(trimmed);
        var date = ParseIso(value) ?? ParseInternetDate(value) ?? ParseScriptDate(value) ?? ParseCompact(value) ?? ParseUnixTime(value) ?? scanner.FindFirst(value, bounds);
        return date is not null && bounds.Contains(date.Day) ? date with { Raw = trimmed } : null;
    }

    private static PageDate? ParseIso(string value)
    {
        var m = IsoDate().Match(value);
        if (!m.Success || !TryDay(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, out var day))
        {
            return null;
        }

        if (!m.Groups["h"].Success)
        {
            return new PageDate(day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value, null);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return new PageDate(day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value, null);
        }

        var local = day.ToDateTime(new TimeOnly(hour, minute, second));
        var offset = ParseOffset(m.Groups["z"].Value);
        if (offset is null)
        {
            return new PageDate(day, local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), value, null);
        }

        var instant = new DateTimeOffset(local, offset.Value);
        return new PageDate(day, FormatInstant(instant), value, instant);
    }

    private static readonly string[] InternetMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>An Internet message date (RFC 1123/822: "Wed, 04 May 2022 02:41:00 GMT", "Fri, 01 May 2020 23:00:00 -0400"): the exact instant, as ISO gives it.</summary>
    private static PageDate? ParseInternetDate(string value) => InstantOf(InternetDate().Match(value), value);

    /// <summary>
    /// A JavaScript Date as a script prints it ("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)", in datetime attributes and
    /// script data of pages rendered by React and the like): the exact instant, with its offset.
    /// </summary>
    private static PageDate? ParseScriptDate(string value) => InstantOf(ScriptDate().Match(value), value);

    /// <summary>The instant a date with an English month abbreviation, a time and a zone states (groups y, mo, d, h, mi, s, z).</summary>
    private static PageDate? InstantOf(Match m, string value)
    {
        if (!m.Success || !TryDay(m.Groups["y"].Value, (Array.IndexOf(InternetMonths, m.Groups["mo"].Value.ToLowerInvariant()) + 1).ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var day))
        {
            return null;
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59 || ParseOffset(m.Groups["z"].Value) is not { } offset)
        {
            return null;
        }

        var instant = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute, second)), offset);
        return new PageDate(day, FormatInstant(instant), value, instant);
    }

    /// <summary>ISO 8601 with seconds and the offset as +hh:mm.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + instant.ToString("zzz", CultureInfo.InvariantCulture);

    private static TimeSpan? ParseOffset(string zone)
    {
        if (zone.Length == 0)
        {
            return null;
        }

        if (zone is "Z" or "z" or "UTC" or "GMT")
        {
            return TimeSpan.Zero;
        }

        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length != 4)
        {
            return null;
        }

        var span = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
        return span.TotalHours > 14 ? null : zone[0] == '-' ? -span : span;
    }

    private static PageDate? ParseCompact(string value)
    {
        var m = CompactDate().Match(value);
        return m.Success && TryDay(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, out var day)
            ? new PageDate(day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value, null)
            : null;
    }

    /// <summary>Unix time in seconds, or in milliseconds as JavaScript counts it (1725369093000).</summary>
    private static PageDate? ParseUnixTime(string value)
    {
        if (!UnixTime().IsMatch(value) || !long.TryParse(value, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var instant = value.Length > 10 ? DateTimeOffset.FromUnixTimeMilliseconds(count) : DateTimeOffset.FromUnixTimeSeconds(count);
        return new PageDate(DateOnly.FromDateTime(instant.UtcDateTime), FormatInstant(instant), value, instant);
    }

    internal static bool TryDay(string year, string month, string day, out DateOnly result)
    {
        result = default;
        return int.TryParse(year, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month, CultureInfo.InvariantCulture, out var mo)
            && int.TryParse(day, CultureInfo.InvariantCulture, out var d)
            && TryDay(y, mo, d, out result);
    }

    internal static bool TryDay(int year, int month, int day, out DateOnly result)
    {
        result = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T ]\s*(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{1,2})(?:[.,]\d+)?)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(?<d>\d{1,2})\s+(?<mo>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<y>\d{4})\s+(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>GMT|UTC|Z|[+-]\d{4})\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InternetDate();

    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?<mo>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<d>\d{1,2})\s+(?<y>\d{4})\s+(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2})\s+GMT(?<z>[+-]\d{4})(?:\s*\([^)]*\))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptDate();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<mo>\d{2})(?<d>\d{2})(?:\d{4,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^1\d{9}(?:\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnixTime();
}
