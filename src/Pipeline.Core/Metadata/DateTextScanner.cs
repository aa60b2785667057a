using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Pipeline.Core.Matching;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Finds written dates in visible text: ISO, 10.09.2016, 9/10/2016, 26-01-2022, 26 | 01 | 2022, 10 September 2016, 10. September 2016, September 10, 2016, 2016年9月10日, 2016년 9월 10일, 2016. szeptember 10., with month names from the rules.</summary>
public sealed class DateTextScanner
{
    /// <summary>The options every alternative is compiled with.</summary>
    internal const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // The scanner compiles the rules' date alternatives (20-35 ms); the date finder, the byline parser and the comment reader built from one
    // rule set share it instead of compiling them three times. It keeps no state between calls, so threads share it as they share the cleaner.
    private static readonly ConditionalWeakTable<MetadataRules, DateTextScanner> Shared = new();

    private readonly Dictionary<string, int> _months;
    private readonly SplitAlternation _pattern;
    private readonly SolarHijriDates _solarHijri;
    private readonly WrittenTimeOfDay _times;

    /// <summary>The scanner for <paramref name="rules"/>, built once per rule set and shared by every reader of dates built from it.</summary>
    public static DateTextScanner For(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Shared.GetValue(rules, r => new DateTextScanner(r));
    }

    public DateTextScanner(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _solarHijri = new SolarHijriDates(rules.SolarHijriMonthNames);
        _times = new WrittenTimeOfDay(rules);
        _months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.MonthNames)
        {
            foreach (var name in rule.Names)
            {
                _months.TryAdd(name, rule.Month);
            }
        }

        // Names of letters and single spaces: when a shorter name would let a date match, the longest name matching there does too
        // (what follows a name is never a letter), so the name need not be revisited once found. Atomic, the prefix tree compiles to a
        // tenth of the code, which the JIT compiles in a fraction of the time.
        var atomic = _months.Keys.All(n => n.All(c => char.IsLetter(c) || c == ' '));
        string Names(IEnumerable<string> names)
        {
            var trie = LiteralTrie.Pattern(names, ignoreCase: true);
            return atomic ? "(?>" + trie + ")" : trie;
        }

        var months = Names(_months.Keys);
        var longestName = _months.Keys.Max(n => n.Length);
        var groups = MonthNameGroups.Of(_months.Keys, PatternOptions);
        const string Year = @"(?<y>(?:19|20)\d{2})";
        const string NotDigit = @"(?<![\d.])";
        const string NoDigitAfter = @"(?![\d]|\.\d)";
        // "05-Mar-2019", "5-Mar-19": day, month's name and year joined by hyphens (logs, forms, Indian and British datelines).
        string DayAndMonth(string names) => NotDigit + @"(?<d>\d{1,2})(?:(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?|-)(?<mn>" + names + @")(?!\p{L})";
        string MonthFirst(string names) => @"(?<!\p{L})(?<mn>" + names + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + Year + NoDigitAfter;
        // "2020. január 5." (Hungarian): the year first, closed by a dot, then the month's name and the day.
        string YearFirst(string names) => NotDigit + Year + @"\.\s+(?<mn>" + names + @")(?!\p{L})\.?\s+(?<d>\d{1,2})(?!\d)";
        // "24 نيسان / أبريل 2020": Arabic pages name the month twice, Levantine and Egyptian, with a slash between.
        // "5 Mar 19", "03.Mär.19", "5 Mar '19": a two-digit year only after a day and a month's name, closing the date (no further digit,
        // time or word follows: "11. Mai 20 Uhr" is an hour, "3 mars 19 personer" a count, "Python 3 January 13, 2020" a month-first date);
        // its century is the one the file's bounds allow. A branch of the four-digit form, tried after it, it costs no search of its own.
        // Joined by hyphens ("5-Mar-19 by staff"), the date is one token, so a word may follow it.
        const string ShortYear = @"(?:(?:\.?\s*'|\.?\s+|\.)(?<y>\d{2})(?![\p{P}\s]*\d|:|[ \u00a0]*\p{L})|-(?<y>\d{2})(?![\d:]|-\d))";
        var dayAndMonthName = DayAndMonth(months) + @"(?:(?:(?:\s*/\s*(?:" + months + @")(?!\p{L}))?\.?,?\s*(?:de\s+)?|-)" + Year + NoDigitAfter + "|" + ShortYear + ")";
        RegexAlternative[] Numeric(int from, int to) => [.. NumericAlternatives(Year, NotDigit, NoDigitAfter).Take(to).Skip(from)];
        PlainAlternatives =
        [
            .. Numeric(0, 5), new(dayAndMonthName), new(MonthFirst(months)), new(YearFirst(months)), .. Numeric(5, 6),
        ];

        // A regex holding every month name compiles past the size the JIT optimises (a method the JIT will not optimise runs several times
        // slower, and each added name pushed more of them over). Each alternative that names a month once is written once per group of
        // names instead, in a row: a match starts at the same place in every group's form, where only one group's names can stand (see
        // MonthNameGroups), so the leftmost match of the row is the whole alternative's. The pattern naming the month twice stays whole:
        // it runs only where a day and a month's name stand, each group's form of that prefix finding those places; where two of them
        // find one place, both try the same regex there, so they agree.
        var alternatives = new List<RegexAlternative>(Numeric(0, 5));
        alternatives.AddRange(groups.Select(g => new RegexAlternative(dayAndMonthName, Candidate: DayAndMonth(Names(g)))));
        // A month-first date starts a word: it is tried only at a letter that follows none, within reach before each digit.
        alternatives.AddRange(groups.Select(g => new RegexAlternative(MonthFirst(Names(g)), DigitWithin: longestName + 1, StartsWord: true)));
        alternatives.AddRange(groups.Select(g => new RegexAlternative(YearFirst(Names(g)))));
        alternatives.AddRange(Numeric(5, 6));
        Alternatives = alternatives;
        // Every alternative is linear in the text (no nested quantifiers), so no match timeout: polling the clock cost more than the scan.
        _pattern = new SplitAlternation(alternatives, PatternOptions);
    }

    /// <summary>The date patterns in priority order (tests compare them with their plain forms).</summary>
    internal IReadOnlyList<RegexAlternative> Alternatives { get; }

    /// <summary>The same patterns with every month name in one regex, one per alternative, each searched everywhere: what the scanner matches.</summary>
    internal IReadOnlyList<RegexAlternative> PlainAlternatives { get; }

    /// <summary>The alternatives without a month name, in priority order: ISO, dotted, slashed, spaced-slash and dashed dates, then East Asian ones.</summary>
    private static IEnumerable<RegexAlternative> NumericAlternatives(string year, string notDigit, string noDigitAfter)
    {
        // "2020. 06. 04. 11:27" (Hungarian, Korean): the year first, each part closed by a dot and a space; read as a day-first "06. 04. 11"
        // it would be a day nine years earlier.
        yield return new(notDigit + year + @"(?:[-/]|\. ?)(?<mo>\d{1,2})(?:[-/]|\. ?)(?<d>\d{1,2})" + noDigitAfter);
        yield return new(notDigit + @"(?<d>\d{1,2})\.\s?(?<mo>\d{1,2})\.\s?(?<y>(?:19|20)?\d{2})" + noDigitAfter);
        yield return new(notDigit + @"(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)?\d{2})" + noDigitAfter);
        // "26 | 01 | 2022", "26 / 01 / 2022": a designed dateline spaces its separators; read like a slashed date, four-digit year only.
        yield return new(notDigit + @"(?<a>\d{1,2}) (?<s>[|/]) (?<b>\d{1,2}) \k<s> " + year + noDigitAfter);
        // 26-01-2022 (Dutch, Indian, Italian pages, datetime attributes): day first, as Americans write the month first with slashes;
        // only with a four-digit year, as 12-05-20 is as often a score or a code.
        yield return new(@"(?<![\d.-])(?<d>\d{1,2})-(?<mo>\d{1,2})-" + year + @"(?![\d]|\.\d|-\d)");
        yield return new(year + @"\s*[年년]\s*(?<mo>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]");
    }

    /// <summary>The first valid date inside the bounds, or null.</summary>
    public PageDate? FindFirst(string text, DateBounds bounds, bool dayFirst = false) => Scan(text, bounds, dayFirst).Select(f => f.Date).FirstOrDefault();

    /// <summary>
    /// Every valid date in <paramref name="text"/> inside the bounds, in order, with where it stands. An ambiguous slashed date (03/04/2020)
    /// is read as a slashed sibling in the same text shows, else day first when <paramref name="dayFirst"/> says the page's language writes it so.
    /// </summary>
    public IEnumerable<FoundDate> Scan(string text, DateBounds bounds, bool dayFirst = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bounds);
        // Every pattern holds a decimal digit (\d, any script's): most texts scanned (link texts, captions, titles) have none, and so no date.
        if (!HasDecimalDigit(text))
        {
            yield break;
        }

        // "١٢ مارس ٢٠٢٠", "۲۹ بهمن ۱۳۹۸": the patterns' fixed digits (19, 20) and the number parser are ASCII; the rewrite keeps every index.
        var read = DecimalDigits.ToAscii(text);

        // Matches are read only as far as the caller asks (most want the first date). Only a slashed date's reading depends on the
        // others (see SlashOrderOfSiblings), so the rest of the text is searched when the first slashed one comes up.
        var matches = new List<Match>();
        using var pending = Matches(text, read).GetEnumerator();
        var siblingsRead = false;
        for (var i = 0; ; i++)
        {
            if (i == matches.Count)
            {
                if (!pending.MoveNext())
                {
                    yield break;
                }

                matches.Add(pending.Current);
            }

            var m = matches[i];
            if (!siblingsRead && m.Groups["a"].Success)
            {
                while (pending.MoveNext())
                {
                    matches.Add(pending.Current);
                }

                dayFirst = SlashOrderOfSiblings(matches) ?? dayFirst;
                siblingsRead = true;
            }

            if (TryRead(m, bounds, dayFirst, out var day))
            {
                var (index, length) = (m.Index, m.Length);
                if (m.Groups["d"] is { Success: true } dayGroup && dayGroup.Index == m.Index && DateRangeStart.Before(read, m.Index, day.Day) is { } range)
                {
                    (day, index, length) = (new DateOnly(day.Year, day.Month, range.Day), range.Index, m.Index + m.Length - range.Index);
                }

                var raw = ReferenceEquals(read, text) && index == m.Index ? m.Value : text.Substring(index, length);
                var date = new PageDate(day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), raw, null);
                yield return new FoundDate(_times.WithZonedTime(date, read, index, length, text), index, length);
            }
        }
    }

    /// <summary>The pattern's matches in order; with the Solar Hijri dates among them in text written in Arabic script.</summary>
    private IEnumerable<Match> Matches(string written, string read)
    {
        var solarHijri = _solarHijri.Matches(written, read);
        return solarHijri.Any() ? _pattern.Enumerate(read).Concat(solarHijri).OrderBy(m => m.Index) : _pattern.Enumerate(read);
    }

    /// <summary>Whether <paramref name="text"/> holds a character <c>\d</c> matches: an ASCII digit, else a decimal digit of another script.</summary>
    internal static bool HasDecimalDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || DecimalDigits.IndexOfOtherScript(text) >= 0;

    /// <summary>A page writes all its slashed dates one way: one that can only be day first (23/01/2021) or month first (01/23/2021) settles the others.</summary>
    private static bool? SlashOrderOfSiblings(List<Match> matches)
    {
        foreach (Match m in matches)
        {
            if (!m.Groups["a"].Success)
            {
                continue;
            }

            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (a > 12 && b <= 12)
            {
                return true;
            }

            if (b > 12 && a <= 12)
            {
                return false;
            }
        }

        return null;
    }

    private bool TryRead(Match m, DateBounds bounds, bool dayFirst, out DateOnly day)
    {
        day = default;
        if (SolarHijriDates.IsSolarHijri(m))
        {
            return _solarHijri.TryRead(m, out day) && bounds.Contains(day);
        }

        var year = ExpandYear(m.Groups["y"].Value, bounds);
        if (m.Groups["a"].Success)
        {
            // Slashed dates: in the order the caller expects, else the other one when the first cannot be (23/1/21 month first).
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (month, dayOfMonth) = dayFirst ? (b, a) : (a, b);
            var valid = DateNormalizer.TryDay(year, month, dayOfMonth, out day) || DateNormalizer.TryDay(year, dayOfMonth, month, out day);
            return valid && bounds.Contains(day);
        }

        var monthNumber = m.Groups["mn"].Success ? _months[m.Groups["mn"].Value.TrimEnd('.')] : int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        var dayNumber = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (DateNormalizer.TryDay(year, monthNumber, dayNumber, out day))
        {
            return bounds.Contains(day);
        }

        // "01.21.2020 07:00 AM", "01-21-2020": American templates write the month first with dots or dashes too; a day-first reading that
        // cannot be (month 21) is read month first, with a four-digit year only, as 1.13.20 is as often a version number.
        return m.Groups["mo"].Success && m.Groups["y"].Length == 4 && m.Groups["d"].Index < m.Groups["y"].Index
            && DateNormalizer.TryDay(year, dayNumber, monthNumber, out day) && bounds.Contains(day);
    }

    private static int ExpandYear(string text, DateBounds bounds)
    {
        var year = int.Parse(text, CultureInfo.InvariantCulture);
        if (text.Length > 2)
        {
            return year;
        }

        var century = 2000 + year;
        return century <= bounds.Latest.Year ? century : 1900 + year;
    }
}

/// <summary>A date found in text and where: <see cref="Index"/> and <see cref="Length"/> in the scanned string.</summary>
public sealed record FoundDate(PageDate Date, int Index, int Length);
