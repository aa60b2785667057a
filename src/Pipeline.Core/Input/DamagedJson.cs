using System.Globalization;
using System.Text;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Reads the string values of JSON too damaged to parse (raw line breaks and tabs that sloppy writers leave in strings, a stray byte):
/// the longest one that is markup is the page, and a string named for an address beside it the page's address.
/// </summary>
public static class DamagedJson
{
    /// <summary>The page the strings hold, or null when none is markup (the input may be no JSON at all).</summary>
    /// <exception cref="InputRejectedException"><see cref="FailureReason.SeveralPages"/> when several strings are whole pages.</exception>
    public static ScrapedJson.PageRecord? Page(ReadOnlySpan<byte> json)
    {
        var strings = Strings(json);
        var pages = strings.Where(s => ScrapedJson.IsMarkup(s.Value)).ToList();
        if (pages.Count == 0)
        {
            return null;
        }

        var documents = pages.Where(p => ScrapedJson.IsDocument(p.Value)).Select(p => p.Value).Distinct(StringComparer.Ordinal).Count();
        if (documents > 1)
        {
            throw ScrapedJson.SeveralPages(documents);
        }

        // A string followed by a colon is a property name; the string after it, its value.
        var addresses = new List<(string Name, string Value)>();
        for (var i = 0; i + 1 < strings.Count; i++)
        {
            if (strings[i].IsName && ScrapedJson.IsAddress(strings[i].Value, strings[i + 1].Value))
            {
                addresses.Add((strings[i].Value, strings[i + 1].Value.Trim()));
            }
        }

        return new ScrapedJson.PageRecord(pages.MaxBy(p => p.Value.Length).Value, ScrapedJson.PreferredAddress(addresses));
    }

    /// <summary>True when a string in the bytes is markup: what is left of a JSON record damaged partway held a page.</summary>
    public static bool HoldsPage(ReadOnlySpan<byte> json) => Strings(json).Exists(s => ScrapedJson.IsMarkup(s.Value));

    /// <summary>Every string literal, unescaped, and whether a colon follows it; a literal the bytes end inside ends with them.</summary>
    private static List<(string Value, bool IsName)> Strings(ReadOnlySpan<byte> json)
    {
        var strings = new List<(string, bool)>();
        var position = 0;
        while (position < json.Length)
        {
            var open = json[position..].IndexOf((byte)'"');
            if (open < 0)
            {
                break;
            }

            var start = position + open + 1;
            var end = start;
            while (end < json.Length && json[end] != '"')
            {
                end += json[end] == '\\' ? 2 : 1;
            }

            end = Math.Min(end, json.Length);
            var after = end + 1 < json.Length ? json[(end + 1)..].IndexOfAnyExcept(" \t\r\n"u8) : -1;
            strings.Add((Unescape(Encoding.UTF8.GetString(json[start..end])), after >= 0 && json[end + 1 + after] == ':'));
            position = end + 1;
        }

        return strings;
    }

    /// <summary>JSON escapes undone; one that is no escape kept as written.</summary>
    private static string Unescape(string literal)
    {
        if (!literal.Contains('\\', StringComparison.Ordinal))
        {
            return literal;
        }

        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 >= literal.Length)
            {
                text.Append(literal[i]);
                continue;
            }

            var escaped = literal[++i];
            if (escaped == 'u' && i + 4 < literal.Length && int.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
                continue;
            }

            text.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                _ => escaped,
            });
        }

        return text.ToString();
    }
}
