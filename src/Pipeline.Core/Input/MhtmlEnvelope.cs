using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Opens a page saved by a browser as one MHTML file ("Webpage, single file": a MIME multipart/related message): the HTML part, its
/// transfer encoding undone, with its own content type (the charset is stated there) is what is cleaned.
/// </summary>
public static partial class MhtmlEnvelope
{
    // The message headers come first and are short; a page that starts with markup is no message.
    private const int MaxHeaderBytes = 16 * 1024;

    private static readonly SearchValues<byte> HeaderNameBytes = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"u8);

    /// <summary>The HTML part of an MHTML file.</summary>
    /// <param name="Body">The part's bytes, transfer encoding undone.</param>
    /// <param name="ContentType">The part's content type, with the charset it declares.</param>
    public sealed record HtmlPart(byte[] Body, string ContentType);

    /// <summary>The HTML part when <paramref name="bytes"/> are an MHTML file, else null.</summary>
    /// <exception cref="InputRejectedException"><see cref="FailureReason.NoArticle"/> for an MHTML file without an HTML part.</exception>
    public static HtmlPart? Open(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || !StartsWithHeaderLine(bytes[start..]))
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(bytes[start..Math.Min(bytes.Length, start + MaxHeaderBytes)]);
        if (HeaderBlock(head) is not ({ } headers, var bodyStart)
            || !headers.TryGetValue("content-type", out var messageType)
            || !messageType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            || Boundary().Match(messageType) is not { Success: true } boundaryMatch)
        {
            return null;
        }

        var delimiter = Encoding.Latin1.GetBytes("--" + boundaryMatch.Groups["b"].Value);
        var rest = bytes[(start + bodyStart)..];
        for (var at = rest.IndexOf(delimiter); at >= 0;)
        {
            rest = rest[(at + delimiter.Length)..];
            if (rest.StartsWith("--"u8))
            {
                break; // the closing delimiter
            }

            at = rest.IndexOf(delimiter);
            if (Part(at < 0 ? rest : rest[..at]) is { } html)
            {
                return html;
            }
        }

        throw new InputRejectedException(FailureReason.NoArticle, "Input is an MHTML file (a saved web page) without an HTML part.");
    }

    /// <summary>A first line "Name: value" (a letter, then letters, digits and hyphens up to the colon): a page or a text dump rarely starts so.</summary>
    private static bool StartsWithHeaderLine(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes[0] is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z')))
        {
            return false;
        }

        var nameEnd = bytes.IndexOfAnyExcept(HeaderNameBytes);
        return nameEnd > 0 && bytes[nameEnd] == (byte)':';
    }

    /// <summary>The part after a delimiter: the rest of the delimiter's line, headers, an empty line, the body.</summary>
    private static HtmlPart? Part(ReadOnlySpan<byte> part)
    {
        part = part[(part.IndexOf((byte)'\n') + 1)..];
        if (HeaderBlock(Encoding.Latin1.GetString(part[..Math.Min(part.Length, MaxHeaderBytes)])) is not ({ } headers, var bodyStart))
        {
            return null;
        }

        var type = headers.GetValueOrDefault("content-type", "text/plain");
        if (!type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The line break before the next delimiter belongs to the delimiter (RFC 2046), not to the body.
        var content = part[bodyStart..];
        content = content.EndsWith("\r\n"u8) ? content[..^2] : content.EndsWith("\n"u8) ? content[..^1] : content;
        var encoding = headers.GetValueOrDefault("content-transfer-encoding", "8bit").Trim().ToLowerInvariant();
        var body = encoding switch
        {
            "quoted-printable" => QuotedPrintable(content),
            "base64" => Base64Body(content),
            _ => content.ToArray(),
        };
        return new HtmlPart(body, type);
    }

    /// <summary>Headers (names lower-cased, folded lines joined) up to the first empty line, and where the body starts; null when the text does not start with headers.</summary>
    private static (Dictionary<string, string> Headers, int BodyStart)? HeaderBlock(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                return null;
            }

            var line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            if (line.IsEmpty)
            {
                return headers.Count == 0 ? null : (headers, position);
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim().ToString();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAny(" \t<>"))
            {
                return null;
            }

            last = line[..colon].ToString().ToLowerInvariant();
            headers[last] = line[(colon + 1)..].Trim().ToString();
        }

        return null;
    }

    private static byte[] QuotedPrintable(ReadOnlySpan<byte> content)
    {
        var decoded = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b != (byte)'=')
            {
                decoded[length++] = b;
            }
            else if (SoftBreakLength(content[(i + 1)..]) is var softBreak and > 0)
            {
                i += softBreak;
            }
            else if (i + 2 < content.Length && HexValue(content[i + 1]) is var high and >= 0 && HexValue(content[i + 2]) is var low and >= 0)
            {
                decoded[length++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                decoded[length++] = b; // a stray '=' is kept as written
            }
        }

        return decoded[..length];
    }

    /// <summary>The length of a soft line break after an '=': the line end, with any spaces, tabs or carriage returns that transport added before it.</summary>
    private static int SoftBreakLength(ReadOnlySpan<byte> after)
    {
        var blank = after.IndexOfAnyExcept(" \t\r"u8);
        return blank >= 0 && after[blank] == (byte)'\n' ? blank + 1 : 0;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    /// <summary>
    /// Base64 as MIME writes it, in lines of whole quadruples: each line is decoded on its own, so a damaged line (a character lost or
    /// added, which shifts every later one) costs that line's bytes, not the rest of the page. Characters outside the alphabet are dropped.
    /// </summary>
    private static byte[] Base64Body(ReadOnlySpan<byte> content)
    {
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(content.Length) + 3];
        var length = 0;
        var line = new byte[Math.Min(content.Length, 4096) + 4];
        var singleLine = content.TrimEnd("\r\n"u8).IndexOf((byte)'\n') < 0;
        foreach (var range in content.Split((byte)'\n'))
        {
            var raw = content[range];
            if (raw.Length > line.Length)
            {
                line = new byte[raw.Length];
            }

            var kept = 0;
            foreach (var b in raw)
            {
                if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'/' or (byte)'=')
                {
                    line[kept++] = b;
                }
            }

            // A line that is not whole quadruples lost or gained a character: it is skipped, unless it is the whole body.
            if (kept % 4 != 0 && !singleLine)
            {
                continue;
            }

            Base64.DecodeFromUtf8(line.AsSpan(0, kept & ~3), decoded.AsSpan(length), out _, out var written);
            length += written;
        }

        return decoded[..length];
    }

    [GeneratedRegex(@"boundary\s*=\s*(?:""(?<b>[^""]+)""|(?<b>[^;\s]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
