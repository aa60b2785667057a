using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>The year and month a page's address was minted in (/2019/10/title, /2019/10/23/title): no date read from its text may precede it.</summary>
/// <remarks>Only earlier dates are refused: a later one may be a republication's (archives re-run old stories under their first address).</remarks>
internal sealed partial record UrlMonth(DateOnly First)
{
    /// <summary>A day before the month: the URL takes the server's day, the page may show the reader's.</summary>
    private const int ClockSlackDays = 1;

    public static UrlMonth? Read(string? url, DateBounds bounds)
    {
        if (url is null)
        {
            return null;
        }

        var m = YearMonthPattern().Match(url);
        if (!m.Success
            || !int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return null;
        }

        var first = new DateOnly(year, month, 1);
        return bounds.Contains(first) ? new UrlMonth(first) : null;
    }

    /// <summary>False when <paramref name="date"/> falls before the URL's month (beyond the clock slack): a cited date or an older story's.</summary>
    public bool Admits(PageDate date) => date.Day.DayNumber >= First.DayNumber - ClockSlackDays;

    // A path whose first segments after the host are a year and a two-digit month: /2019/10/ but not /2019/43/ (an issue) or /2019/3-fragen.
    [GeneratedRegex(@"^https?://[^/]+/(?:[^/?#]+/){0,3}?(?<y>(?:19|20)\d{2})/(?<m>[01]\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthPattern();
}
