using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Matching;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Solar Hijri (Jalali) dates as Iranian and Afghan pages write them, "۲۹ بهمن ۱۳۹۸" or "1398/11/29", read as the Gregorian day they name.
/// Looked for only in text written in Arabic script, where alone they stand; the year (13xx, 14xx) cannot be a Gregorian one.
/// </summary>
internal sealed class SolarHijriDates
{
    private static readonly PersianCalendar Calendar = new();

    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Regex? _pattern;

    public SolarHijriDates(IReadOnlyList<MonthNameRule> months)
    {
        foreach (var rule in months)
        {
            foreach (var name in rule.Names)
            {
                _months.TryAdd(name, rule.Month);
            }
        }

        if (_months.Count == 0)
        {
            return;
        }

        const string Year = @"(?<jy>1[34]\d{2})";
        var named = @"(?<![\d.])(?<d>\d{1,2})\s+(?<jm>" + LiteralTrie.Pattern(_months.Keys, ignoreCase: false) + @")(?!\p{L})\s+" + Year + @"(?!\d)";
        var numeric = @"(?<![\d./])" + Year + @"/(?<mo>\d{1,2})/(?<d>\d{1,2})(?![\d/])";
        _pattern = RulePattern.Create(named + "|" + numeric, DateTextScanner.PatternOptions);
    }

    /// <summary>
    /// The matches in <paramref name="read"/> (<paramref name="written"/> with ASCII digits), none unless <paramref name="written"/> holds
    /// a character of the Arabic script (a letter, or a Persian digit).
    /// </summary>
    public IEnumerable<Match> Matches(string written, string read) =>
        _pattern is not null && written.AsSpan().IndexOfAnyInRange('\u0600', '\u06ff') >= 0 ? _pattern.Matches(read) : [];

    /// <summary>Whether <paramref name="m"/> is a Solar Hijri date of this reader's pattern.</summary>
    public static bool IsSolarHijri(Match m) => m.Groups["jy"].Success;

    /// <summary>The Gregorian day a Solar Hijri match names, when it is a valid date.</summary>
    public bool TryRead(Match m, out DateOnly day)
    {
        day = default;
        var year = int.Parse(m.Groups["jy"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["jm"].Success ? _months[m.Groups["jm"].Value] : int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > Calendar.GetDaysInMonth(year, month))
        {
            return false;
        }

        day = DateOnly.FromDateTime(Calendar.ToDateTime(year, month, dayOfMonth, 0, 0, 0, 0));
        return true;
    }
}
