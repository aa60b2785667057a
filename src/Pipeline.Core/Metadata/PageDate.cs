namespace Pipeline.Core.Metadata;

/// <summary>A date found on a page: the calendar day, the ISO 8601 form we output, and the raw text it came from.</summary>
/// <param name="Day">The calendar day as the page states it (in the page's own offset).</param>
/// <param name="Iso">ISO 8601: with time and offset when the page gives both, the time without offset when only a time is given, else the date only.</param>
/// <param name="Raw">The string as found on the page.</param>
/// <param name="Instant">The exact instant when the page gives an offset.</param>
public sealed record PageDate(DateOnly Day, string Iso, string Raw, DateTimeOffset? Instant)
{
    /// <summary>Whether the page gives a time of day with the date (its ISO form goes past the day).</summary>
    public bool HasTime => Iso.Length > "yyyy-MM-dd".Length;
}
