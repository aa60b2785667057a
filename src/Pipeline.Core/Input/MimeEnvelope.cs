using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Opens a MIME message to the page it carries: a page a browser saved as one MHTML file ("Webpage, single file": multipart/related),
/// or a saved e-mail (a press release, a newsletter). The part's transfer encoding is undone and its own content type (the charset
/// is stated there) kept.
/// </summary>
public static partial class MimeEnvelope
{
    // The message headers come first and are short; a page that starts with markup is no message.
    private const int MaxHeaderBytes = 16 * 1024;

    private static readonly SearchValues<byte> HeaderNameBytes = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"u8);

    /// <summary>The part of a MIME message that holds the page.</summary>
    /// <param name="Body">The part's bytes, transfer encoding undone.</param>
    /// <param name="ContentType">The part's content type, with the charset it declares.</param>
    /// <param name="Location">The address the page was saved from (the part's Content-Location, else the message's Snapshot-Content-Location), if stated.</param>
    /// <param name="SavedAt">When the message was written (its Date header), if stated.</param>
    /// <param name="Subject">The message's subject, encoded words decoded and reply or forward marks taken off, if stated.</param>
    /// <param name="SentAt">When an e-mail (a message from an address, not a page a browser saved) was sent: a press release's date.</param>
    /// <param name="SentAtRaw">The Date header an e-mail's sending time was read from.</param>
    public sealed record PagePart(byte[] Body, string ContentType, string? Location, DateTimeOffset? SavedAt, string? Subject = null, DateTimeOffset? SentAt = null, string? SentAtRaw = null);

    /// <summary>
    /// The page part when <paramref name="bytes"/> are a MIME message, else null: the first HTML part, in nested multiparts too (an
    /// e-mail's multipart/alternative inside multipart/mixed), else the first plain-text part (a text-only e-mail, cleaned as a text dump).
    /// </summary>
    /// <exception cref="InputRejectedException"><see cref="FailureReason.NoArticle"/> for a message without an HTML or text part.</exception>
    public static PagePart? Open(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || !StartsWithHeaderLine(bytes[start..])
            || HeaderBlock.Read(bytes[start..], MaxHeaderBytes) is not ({ } headers, var bodyStart))
        {
            return null;
        }

        var email = IsEmail(headers);
        var leaves = new List<Leaf>();
        if (MultipartBoundary(headers) is { } boundary)
        {
            CollectLeaves(bytes, start + bodyStart, bytes.Length, boundary, depth: 0, leaves);
        }
        else if (email)
        {
            // A message of one part, as most plain-text e-mails are: its body is the part.
            leaves.Add(LeafOf(headers, start + bodyStart, bytes.Length - start - bodyStart));
        }
        else
        {
            return null;
        }

        var chosen = leaves.FirstOrDefault(l => IsHtml(l.ContentType)) ?? leaves.FirstOrDefault(l => l.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            ?? throw new InputRejectedException(FailureReason.NoArticle, "Input is a MIME message (a saved web page or e-mail) without an HTML or text part.");
        var content = bytes.Slice(chosen.Start, chosen.Length);
        var body = chosen.TransferEncoding switch
        {
            "quoted-printable" => QuotedPrintable(content),
            "base64" => Base64Body(content),
            _ => content.ToArray(),
        };
        var date = MessageDate.Parse(headers.GetValueOrDefault("date"));
        return new PagePart(
            body,
            chosen.ContentType,
            chosen.Location ?? headers.GetValueOrDefault("snapshot-content-location"),
            date,
            Subject(headers.GetValueOrDefault("subject")),
            email ? date : null,
            email && date is not null ? headers["date"] : null);
    }

    /// <summary>
    /// A message from an address ("From: City Press Office &lt;press@city.example.org&gt;") with a subject or a date: an e-mail. A browser
    /// signs the pages it saves "&lt;Saved by Blink&gt;", and their Date is when they were saved, not sent.
    /// </summary>
    private static bool IsEmail(Dictionary<string, string> headers) =>
        headers.TryGetValue("from", out var from) && from.Contains('@', StringComparison.Ordinal) && !from.Contains("Saved by", StringComparison.OrdinalIgnoreCase)
        && (headers.ContainsKey("subject") || headers.ContainsKey("date"));

    /// <summary>The subject without the marks replies and forwards add ("Re:", "Fwd:", "AW:", "WG:"), or null when none is stated.</summary>
    private static string? Subject(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var subject = ReplyMarks().Replace(EncodedWords.Decode(header), "").Trim();
        return subject.Length == 0 ? null : subject;
    }

    private static Leaf LeafOf(Dictionary<string, string> headers, int start, int length) =>
        new(
            headers.GetValueOrDefault("content-type", "text/plain"),
            headers.GetValueOrDefault("content-transfer-encoding", "8bit").Trim().ToLowerInvariant(),
            headers.GetValueOrDefault("content-location"),
            start,
            Math.Max(0, length));

    // Browsers write one level; e-mails two or three (mixed > alternative > related). Deeper nesting is no page worth the walk.
    private const int MaxNesting = 4;

    /// <summary>A part that is no multipart: its content type, transfer encoding, address and where its body lies in the message.</summary>
    private sealed record Leaf(string ContentType, string TransferEncoding, string? Location, int Start, int Length);

    private static bool IsHtml(string type) =>
        type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private static string? MultipartBoundary(Dictionary<string, string> headers) =>
        headers.TryGetValue("content-type", out var type) && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            && Boundary().Match(type) is { Success: true } match
            ? match.Groups["b"].Value
            : null;

    /// <summary>The parts between <paramref name="start"/> and <paramref name="end"/> of <paramref name="message"/>, nested multiparts opened.</summary>
    private static void CollectLeaves(ReadOnlySpan<byte> message, int start, int end, string boundary, int depth, List<Leaf> leaves)
    {
        var delimiter = Encoding.Latin1.GetBytes("--" + boundary);
        var at = message[start..end].IndexOf(delimiter);
        while (at >= 0)
        {
            // Past the delimiter and the rest of its line: the part's headers.
            var partStart = start + at + delimiter.Length;
            if (message[partStart..end].StartsWith("--"u8))
            {
                return; // the closing delimiter
            }

            var next = message[partStart..end].IndexOf(delimiter);
            var partEnd = next < 0 ? end : partStart + next;
            partStart += message[partStart..partEnd].IndexOf((byte)'\n') + 1;
            if (HeaderBlock.Read(message[partStart..partEnd], MaxHeaderBytes) is ({ } headers, var bodyStart))
            {
                var bodyFrom = partStart + bodyStart;
                // The line break before the next delimiter belongs to the delimiter (RFC 2046), not to the body.
                var bodyTo = message[bodyFrom..partEnd].EndsWith("\r\n"u8) ? partEnd - 2 : message[bodyFrom..partEnd].EndsWith("\n"u8) ? partEnd - 1 : partEnd;
                if (MultipartBoundary(headers) is { } nested)
                {
                    if (depth < MaxNesting)
                    {
                        CollectLeaves(message, bodyFrom, bodyTo, nested, depth + 1, leaves);
                    }
                }
                else
                {
                    leaves.Add(LeafOf(headers, bodyFrom, bodyTo - bodyFrom));
                }
            }

            at = next < 0 ? -1 : partEnd - start;
        }
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

    [GeneratedRegex(@"^(?:\s*(?:Re|RE|Fwd|FWD|Fw|FW|AW|WG|TR|SV|VS)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex ReplyMarks();
}
