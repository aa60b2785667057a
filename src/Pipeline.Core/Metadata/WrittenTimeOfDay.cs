using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The time of day written beside a date ("March 5, 2024, 10:30 AM EST", "10:30 GMT, 5 March 2024"): with a time zone named, the
/// date becomes an instant with its offset; a time without a zone is a local time that names no instant.
/// </summary>
public sealed partial class WrittenTimeOfDay
{
    /// <summary>How far before a date a time may stand ("10:30 a.m. EST, " is 15 characters).</summary>
    private const int MaxTimeBeforeDate = 32;

    /// <summary>What joins a time to the date before it: a mark or a word ("at", "um", "à", "@", ",", "-", "//").</summary>
    private const string Connector = @"\G\s*(?:,|-|–|—|@|·|\||/{1,2}|at|um|à|a las|alle|om|kl\.?|klo)?\s*";

    /// <summary>Hours and minutes, seconds perhaps, and "am"/"p.m." ("10:30", "10.30", "10h30", "9:22 a.m.").</summary>
    private const string Time = @"(?<h>\d{1,2})[:.h](?<m>\d{2})(?::\d{2})?(?!\d)\s*(?<half>[ap]\.?\s?m\.?(?!\p{L}))?";

    /// <summary>"10:30 Uhr MEZ": the German clock word may stand between the time and its zone.</summary>
    private const string Clock = @"\s*(?:Uhr\s*)?";

    private readonly Dictionary<string, TimeSpan> _fixedZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TimeZoneInfo> _regionZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex _afterDate;
    private readonly Regex _beforeDate;

    public WrittenTimeOfDay(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var (name, value) in rules.TimeZoneAbbreviations)
        {
            if (TryParseOffset(value, out var offset))
            {
                _fixedZones[name] = offset;
            }
            else if (TimeZoneInfo.TryFindSystemTimeZoneById(value, out var region))
            {
                // "ET" is EST in winter and EDT in summer: the region's rules say which on the written day.
                _regionZones[name] = region;
            }
        }

        var names = _fixedZones.Keys.Concat(_regionZones.Keys).OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        // An abbreviation in capitals as written ("EST", not "est" in a sentence), or "UTC"/"GMT" with a numeric offset ("GMT+2", "UTC-05:00").
        var zone = @"\(?(?:(?-i:UTC|GMT)\s?(?<sign>[+−-])\s?(?<oh>\d{1,2})(?::?(?<om>\d{2}))?(?!\d)|(?<zone>(?-i:" + (names.Count == 0 ? "(?!)" : string.Join("|", names)) + @"))(?![\p{L}\d]))\)?";
        _afterDate = RulePattern.Create(Connector + Time + Clock + zone, DateTextScanner.PatternOptions);
        // A time that itself follows a number ("March 4, 2024 10:30 GMT | March 5") belongs to the date before it.
        _beforeDate = RulePattern.Create(@"(?<![\d.,/-]\s*)" + Time + Clock + zone + @"\s*(?:,|-|–|—|·|\||on|am|le|el)?\s*$", DateTextScanner.PatternOptions);
    }

    /// <summary>
    /// <paramref name="date"/>, found at <paramref name="index"/> (<paramref name="length"/> characters) in <paramref name="text"/>, as an
    /// instant when a time and a zone are written right after it or right before it, its raw string then spanning them; unchanged otherwise.
    /// </summary>
    /// <remarks>A <paramref name="written"/> text is the page's own, when <paramref name="text"/> is its copy with other scripts' digits made ASCII (same indices): the raw string comes from it.</remarks>
    public PageDate WithZonedTime(PageDate date, string text, int index, int length, string? written = null)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(text);
        if (date.HasTime)
        {
            return date;
        }

        written ??= text;
        var after = _afterDate.Match(text, index + length);
        if (after.Success && Instant(date.Day, after) is { } instant)
        {
            return new PageDate(date.Day, DateNormalizer.FormatInstant(instant), written[index..(after.Index + after.Length)].Trim(), instant);
        }

        // The window before the date as the whole input: its end anchors the pattern, and nothing is copied.
        var start = Math.Max(0, index - MaxTimeBeforeDate);
        var before = _beforeDate.Match(text, start, index - start);
        return before.Success && Instant(date.Day, before) is { } earlier
            ? new PageDate(date.Day, DateNormalizer.FormatInstant(earlier), written[before.Index..(index + length)].Trim(), earlier)
            : date;
    }

    /// <summary>The local time written right after a date ("… at 2:18 PM", "… um 23:17", "… - 10:02 am"), zone or not; null when there is none.</summary>
    public static TimeOnly? LocalTimeAfter(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var time = LocalTime().Match(text, end);
        return time.Success ? TimeOf(time) : null;
    }

    private DateTimeOffset? Instant(DateOnly day, Match match)
    {
        if (TimeOf(match) is not { } time)
        {
            return null;
        }

        var local = day.ToDateTime(time);
        TimeSpan offset;
        if (match.Groups["sign"].Success)
        {
            var hours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups["om"].Success ? int.Parse(match.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(hours, minutes, 0) * (match.Groups["sign"].Value == "+" ? 1 : -1);
        }
        else if (_fixedZones.TryGetValue(match.Groups["zone"].Value, out var fixedOffset))
        {
            offset = fixedOffset;
        }
        else if (_regionZones.TryGetValue(match.Groups["zone"].Value, out var region))
        {
            offset = region.GetUtcOffset(local);
        }
        else
        {
            return null;
        }

        return new DateTimeOffset(local, offset);
    }

    private static TimeOnly? TimeOf(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var half = match.Groups["half"].Value.ToLowerInvariant();
        if (half.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (half.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour > 23 || minute > 59 ? null : new TimeOnly(hour, minute);
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':'
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>A time of day right after a date, past a connecting word or mark.</summary>
    [GeneratedRegex(Connector + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalTime();
}
