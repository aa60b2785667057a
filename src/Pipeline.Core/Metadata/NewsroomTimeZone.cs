using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Moves a UTC timestamp into the time zone the page's language suggests, so the day we report is the day the newsroom wrote
/// (a Berlin story published at 00:30 local time carries the previous day in UTC). The instant is unchanged; only its offset is.
/// </summary>
public sealed class NewsroomTimeZone
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.OrdinalIgnoreCase);

    public NewsroomTimeZone(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var (language, zoneId) in rules.LanguageTimeZones)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            {
                _zones[language] = zone;
            }
        }
    }

    /// <summary>The zone for a normalised language tag: the full tag first, then its primary language; null when unknown.</summary>
    public TimeZoneInfo? For(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        if (_zones.TryGetValue(language, out var zone))
        {
            return zone;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && _zones.TryGetValue(language[..dash], out zone) ? zone : null;
    }

    /// <summary>
    /// The date shown in the newsroom's zone when it is a machine-made UTC instant ("...Z") and the language names a zone; otherwise the date unchanged.
    /// "+00:00" is left alone: CMSs configured for UTC write local wall time with it; exact midnight is a day, not a moment.
    /// </summary>
    public PageDate? ToLocal(PageDate? date, string? language)
    {
        if (date?.Instant is not { } instant || instant.Offset != TimeSpan.Zero || instant.TimeOfDay == TimeSpan.Zero
            || !date.Raw.TrimEnd().EndsWith('Z') || For(language) is not { } zone)
        {
            return date;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return date with { Day = DateOnly.FromDateTime(local.DateTime), Iso = DateNormalizer.FormatInstant(local), Instant = local };
    }
}
