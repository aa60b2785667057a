namespace Pipeline.Core.Metadata;

/// <summary>
/// Reads the first day of a range of days written before a date ("Wochenbericht 14. - 20. Januar 2022", "14.–20.01.2022", "14–20 January 2022"):
/// a report or a programme is known by the day its period opens, the date found is the day it closes.
/// </summary>
internal static class DateRangeStart
{
    /// <summary>
    /// The day that opens a range ending at the date whose day number stands at <paramref name="dayIndex"/> in <paramref name="text"/>,
    /// and where it stands; null when no range ends there. A dotted first day ("14.") may stand apart from the dash; a bare number only
    /// right against it ("14–20"), since "Seite 3 - 20. Januar" names a page, not a day.
    /// </summary>
    public static (int Day, int Index)? Before(string text, int dayIndex, int endDay)
    {
        var i = dayIndex - 1;
        var spaced = false;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
            spaced = true;
        }

        if (i < 0 || text[i] is not ('-' or '\u2013' or '\u2014'))
        {
            return null;
        }

        i--;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
            spaced = true;
        }

        var dotted = i >= 0 && text[i] == '.';
        if (dotted)
        {
            i--;
        }
        else if (spaced)
        {
            return null;
        }

        var end = i;
        while (i >= 0 && end - i < 2 && char.IsAsciiDigit(text[i]))
        {
            i--;
        }

        // One or two digits, not the tail of a longer number, a version ("1.14-20") or another date ("2022-01-14-20").
        if (end - i is 0 || (i >= 0 && (char.IsAsciiDigit(text[i]) || text[i] is '.' or '-' or '/')))
        {
            return null;
        }

        var start = int.Parse(text.AsSpan(i + 1, end - i), System.Globalization.CultureInfo.InvariantCulture);
        return start >= 1 && start < endDay ? (start, i + 1) : null;
    }
}
