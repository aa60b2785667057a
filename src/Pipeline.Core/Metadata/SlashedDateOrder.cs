using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Whether a page writes slashed dates day first (03/04/2020 for 3 April) or month first, by the month in its address, else its language and its host.</summary>
internal sealed partial class SlashedDateOrder(MetadataRules rules)
{
    private readonly HashSet<string> _monthFirst = new(rules.MonthFirstLanguages, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _dayFirstHosts = new(rules.DayFirstHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every known language but the listed month-first ones writes day first; "en" alone (or no language) counts as American unless
    /// the host is British, Australian, Indian… (an English page on a .co.uk host writes 03/04/2020 for 3 April); other unknown
    /// languages keep the web's most common, month-first habit.
    /// </summary>
    public bool DayFirst(string? language, string? url)
    {
        if (!string.IsNullOrEmpty(language) && !_monthFirst.Contains(language))
        {
            return true;
        }

        if ((string.IsNullOrEmpty(language) || language.Equals("en", StringComparison.OrdinalIgnoreCase)) && Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            var dot = address.Host.LastIndexOf('.');
            return dot > 0 && _dayFirstHosts.Contains(address.Host[(dot + 1)..]);
        }

        return false;
    }

    /// <summary>
    /// The order the page's own slashed dates settle against the month its address was minted in: "05/11/2020" on a page under /2020/11/
    /// is 5 November (day first), whatever its language suggests; null when no slashed date of that year reads as that month one way only.
    /// </summary>
    public static bool? ByUrlMonth(UrlMonth? urlMonth, string text)
    {
        if (urlMonth is null)
        {
            return null;
        }

        var (year, month) = (urlMonth.First.Year, urlMonth.First.Month);
        for (var m = SlashedDatePattern().Match(DecimalDigits.ToAscii(text)); m.Success; m = m.NextMatch())
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (a == b || a > 12 || b > 12 || (y < 100 ? y != year % 100 : y != year))
            {
                continue;
            }

            if (b == month)
            {
                return true;
            }

            if (a == month)
            {
                return false;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d./])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)?\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedDatePattern();
}
