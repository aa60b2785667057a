using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Whether a page writes slashed dates day first (03/04/2020 for 3 April) or month first, by its language and its host.</summary>
internal sealed class SlashedDateOrder(MetadataRules rules)
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
}
