using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Moves a UTC timestamp into the time zone the page's language and host suggest, so the day we report is the day the newsroom wrote
/// (a Berlin story published at 00:30 local time carries the previous day in UTC). The instant is unchanged; only its offset is.
/// </summary>
public sealed class NewsroomTimeZone
{
    private readonly Dictionary<string, TimeZoneInfo> _languages;
    private readonly Dictionary<string, TimeZoneInfo> _hosts;
    private readonly HashSet<string> _globalLanguages;

    public NewsroomTimeZone(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _languages = Zones(rules.LanguageTimeZones);
        _hosts = Zones(rules.HostTimeZones);
        _globalLanguages = new HashSet<string>(rules.GlobalLanguages, StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, TimeZoneInfo> Zones(IReadOnlyDictionary<string, string> ids)
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, zoneId) in ids)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            {
                zones[key] = zone;
            }
        }

        return zones;
    }

    /// <summary>
    /// The zone for a normalised language tag and the page's host: a tag with its region ("fr-CA", "en-GB") first; a language written
    /// for readers everywhere (English) names no zone without a region; otherwise the host's country code (a French page on a .ca host
    /// is Canadian, a page without a language on a .it host Italian), then the primary language; null when none is known.
    /// </summary>
    public TimeZoneInfo? For(string? language, string? host = null)
    {
        var dash = language?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        var primary = dash > 0 ? language![..dash] : language;
        if (dash > 0 && _languages.TryGetValue(language!, out var zone))
        {
            return zone;
        }

        if (primary is not null && _globalLanguages.Contains(primary))
        {
            return null;
        }

        var dot = host?.LastIndexOf('.') ?? -1;
        if (dot > 0 && _hosts.TryGetValue(host![(dot + 1)..], out zone))
        {
            return zone;
        }

        return !string.IsNullOrEmpty(primary) && _languages.TryGetValue(primary, out zone) ? zone : null;
    }

    /// <summary>
    /// The date shown in the newsroom's zone when it is a machine-made UTC instant ("...Z", "... GMT") and the language or host names a zone; otherwise the date unchanged.
    /// "+00:00" is left alone: CMSs configured for UTC write local wall time with it; exact midnight is a day, not a moment.
    /// A page whose own date line (<paramref name="shownDay"/>) states the UTC day where the newsroom's would differ renders its dates in UTC: its day stands.
    /// </summary>
    public PageDate? ToLocal(PageDate? date, string? language, string? host = null, DateOnly? shownDay = null)
    {
        if (date?.Instant is not { } instant || instant.Offset != TimeSpan.Zero || instant.TimeOfDay == TimeSpan.Zero
            || !IsMachineUtc(date.Raw) || For(language, host) is not { } zone)
        {
            return date;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var localDay = DateOnly.FromDateTime(local.DateTime);
        if (shownDay is { } shown && shown == date.Day && shown != localDay)
        {
            return date;
        }

        return date with { Day = localDay, Iso = DateNormalizer.FormatInstant(local), Instant = local };
    }

    /// <summary>
    /// A stamp a machine wrote in UTC: ISO's "Z", an Internet date's "GMT"/"UTC" ("Wed, 04 May 2022 02:41:00 GMT"), or a JavaScript Date
    /// printed by a server set to UTC ("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)").
    /// </summary>
    private static bool IsMachineUtc(string raw)
    {
        var value = raw.AsSpan().TrimEnd();
        return value.EndsWith("Z", StringComparison.Ordinal) || value.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase) || value.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase)
            || value.Contains(" GMT+0000", StringComparison.OrdinalIgnoreCase);
    }
}
