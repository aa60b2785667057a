using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Reads the day a page's address was minted on, when the address carries one (/2020/01/23/, /2020-01-23-title, /title-20200113, /20231102-OYT1T50240/).</summary>
internal static partial class UrlDate
{
    public static PageDate? Read(string? url, DateBounds bounds)
    {
        if (url is null)
        {
            return null;
        }

        var m = UrlDatePattern().Match(url);
        if (!m.Success)
        {
            m = CompactUrlDatePattern().Match(url);
        }

        return m.Success && DateNormalizer.TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day) && bounds.Contains(day)
            ? new PageDate(day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Value, null)
            : null;
    }

    // /2020/01/23/ or /2020/01/23.html, or /2020-01-23-title; not /2023/10/3-fragen, where a title starts with a number.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/(?<m>\d{1,2})/(?<d>\d{1,2})(?:/|\.\w+$|$|[?#])|-(?<m>\d{1,2})-(?<d>\d{1,2})(?:/|[-_.]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();

    // /20200428/title, /title-20200113 or /20231102-OYT1T50240/: eight digits standing alone as a path segment, after the slug, or before the story's id.
    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:[/_-]|$|[?#]|\.html?)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactUrlDatePattern();
}
