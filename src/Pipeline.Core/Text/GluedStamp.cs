using System.Text.RegularExpressions;

namespace Pipeline.Core.Text;

/// <summary>A stamp's parts the text browser printed without a gap ("Nov 20 20194:29 AM ESTUpdated an hour ago"), set apart again.</summary>
public static partial class GluedStamp
{
    /// <summary>The line with a space where a year ran into the clock time after it, or a time zone into the next label.</summary>
    public static string Unglued(string line) => Glue().Replace(line, " ");

    [GeneratedRegex(@"(?<=(?<!\d)(?:19|20)\d{2})(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))|(?<=\b\p{Lu}{2,4})(?=\p{Lu}\p{Ll}{2,})")]
    private static partial Regex Glue();
}
