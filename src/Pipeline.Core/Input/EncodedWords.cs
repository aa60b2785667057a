using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Input;

/// <summary>Decodes the encoded words of a MIME header ("=?utf-8?q?Council_approves?=", "=?ISO-8859-1?B?...?="), as mail programs show them.</summary>
public static partial class EncodedWords
{
    /// <summary>The header's text with each encoded word decoded; the white space between two encoded words is dropped, as RFC 2047 says.</summary>
    public static string Decode(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!header.Contains("=?", StringComparison.Ordinal))
        {
            return header;
        }

        var joined = BetweenWords().Replace(header, "?==?");
        return Word().Replace(joined, m => DecodeWord(m.Groups["charset"].Value, m.Groups["encoding"].Value, m.Groups["text"].Value) ?? m.Value);
    }

    private static string? DecodeWord(string charset, string encoding, string text)
    {
        Encoding target;
        try
        {
            // A language suffix ("utf-8*en") names the text's language, not its encoding.
            target = Encoding.GetEncoding(charset.Split('*')[0]);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (encoding is "B" or "b")
        {
            var buffer = new byte[text.Length];
            return Convert.TryFromBase64String(text.PadRight((text.Length + 3) / 4 * 4, '='), buffer, out var written) ? target.GetString(buffer, 0, written) : null;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_')
            {
                bytes.Add((byte)' ');
            }
            else if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((Uri.FromHex(text[i + 1]) << 4) | Uri.FromHex(text[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return target.GetString([.. bytes]);
    }

    [GeneratedRegex(@"\?=\s+=\?", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?(?<charset>[^?\s]+)\?(?<encoding>[QqBb])\?(?<text>[^?\s]*)\?=", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
