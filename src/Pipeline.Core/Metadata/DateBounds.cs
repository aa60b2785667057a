namespace Pipeline.Core.Metadata;

/// <summary>The range a page's date may fall in: not before the web news era, not after the file was stored.</summary>
public sealed record DateBounds(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>No date before 1995 is plausible for a scraped news page.</summary>
    public static readonly DateOnly WebEra = new(1995, 1, 1);

    /// <summary>Bounds for a file stored at <paramref name="storedAt"/> (or now, plus a day of clock slack, when unknown).</summary>
    public static DateBounds For(DateTimeOffset? storedAt)
    {
        // Fourteen hours ahead: the calendar day at the stored instant in the easternmost time zone (UTC+14).
        var stored = (storedAt ?? DateTimeOffset.UtcNow.AddDays(1)).UtcDateTime;
        return new(WebEra, stored > DateTime.MaxValue.AddHours(-14) ? DateOnly.MaxValue : DateOnly.FromDateTime(stored.AddHours(14)));
    }

    public bool Contains(DateOnly day) => day >= Earliest && day <= Latest;
}
