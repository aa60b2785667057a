using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Input;

/// <summary>
/// Reads the comment a browser or an extension writes at the top of a page it saved: "&lt;!-- saved from url=(0047)https://… --&gt;"
/// (Chrome's and Internet Explorer's "Save as"), SingleFile's "url:" and "saved date:" lines. The parse drops comments, so this is where
/// the page's address and the time it was saved are read.
/// </summary>
public static partial class SavedPageComment
{
    // Both comments stand before the head's content; a doctype and an opening html tag with attributes come first at most.
    private const int SearchBytes = 4096;

    /// <summary>The address and the save time the comment states; nulls when the page has no such comment.</summary>
    public static (string? Url, DateTimeOffset? SavedAt) Read(ReadOnlySpan<byte> page)
    {
        var head = page[..Math.Min(page.Length, SearchBytes)];
        if (head.IndexOf("saved from url="u8) < 0 && head.IndexOf("saved with SingleFile"u8) < 0)
        {
            return (null, null);
        }

        // The comment's words are ASCII; a Latin-1 view reads them from any 8-bit page.
        var text = Encoding.Latin1.GetString(head);
        if (SavedFrom().Match(text) is { Success: true } saved)
        {
            return (WebAddress(saved.Groups["url"].Value), null);
        }

        return SingleFile().Match(text) is { Success: true } single
            ? (WebAddress(single.Groups["url"].Value), SingleFileDate(single.Groups["date"].Value))
            : (null, null);
    }

    private static string? WebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? value : null;

    /// <summary>JavaScript's date string, as SingleFile writes it: "Tue Jan 09 2024 10:30:00 GMT+0100 (Central European Standard Time)".</summary>
    private static DateTimeOffset? SingleFileDate(string value)
    {
        var match = ScriptDate().Match(value);
        if (!match.Success)
        {
            return MessageDate.Parse(value);
        }

        var offset = match.Groups["offset"].Value;
        var written = $"{match.Groups["date"].Value} {offset[..3]}:{offset[3..]}";
        return DateTimeOffset.TryParseExact(written, "MMM d yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
    }

    [GeneratedRegex(@"<!--\s*saved from url=\(\d+\)(?<url>\S+?)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex SavedFrom();

    [GeneratedRegex(@"<!--\s*Page saved with SingleFile\s*[\r\n]+\s*url:\s*(?<url>\S+)\s*[\r\n]+\s*saved date:\s*(?<date>[^\r\n]+?)\s*(?:[\r\n]|-->)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleFile();

    [GeneratedRegex(@"(?<date>[A-Z][a-z]{2} \d{1,2} \d{4} \d{2}:\d{2}:\d{2}) GMT(?<offset>[+-]\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDate();
}
