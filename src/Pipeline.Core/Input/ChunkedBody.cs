using System.Buffers;
using System.Globalization;

namespace Pipeline.Core.Input;

/// <summary>
/// Joins an HTTP body saved as it travelled in chunks ("Transfer-Encoding: chunked": wget's WARC records keep the bytes as received),
/// whose chunk-size lines would otherwise be read as page text and could split a tag or a character in two.
/// </summary>
public static class ChunkedBody
{
    // Eight hex digits already say 4 GiB, past any input's limit.
    private const int MaxSizeDigits = 8;

    /// <summary>
    /// The joined body, or null when <paramref name="body"/> does not start with a chunk (curl -i and Common Crawl keep the header but
    /// store the body joined already). A body cut off inside a chunk gives what arrived; one whose chunks stop making sense partway
    /// gives the chunks before and the rest as it is, so nothing is lost.
    /// </summary>
    public static byte[]? Join(ReadOnlySpan<byte> body)
    {
        var joined = new ArrayBufferWriter<byte>(body.Length);
        var position = 0;
        var chunks = 0;
        while (position < body.Length)
        {
            if (ChunkSize(body[position..]) is not (var size, var dataStart))
            {
                break;
            }

            if (size == 0)
            {
                // The last chunk: trailer headers after it are no page text.
                return chunks == 0 ? null : joined.WrittenSpan.ToArray();
            }

            var data = body.Slice(position + dataStart, (int)Math.Min(size, body.Length - position - dataStart));
            var end = position + dataStart + data.Length;
            var rest = body[end..];
            var delimiter = rest.StartsWith("\r\n"u8) ? 2 : rest.StartsWith("\n"u8) ? 1 : rest.IsEmpty ? 0 : -1;

            // A first "chunk" the body cannot hold, or not closed by a line break, says the body was never chunked ("cafe" opening a text).
            if (delimiter < 0 || (chunks == 0 && data.Length < size))
            {
                break;
            }

            joined.Write(data);
            chunks++;
            position = end + delimiter;
        }

        if (chunks == 0)
        {
            return null;
        }

        joined.Write(body[position..]);
        return joined.WrittenSpan.ToArray();
    }

    /// <summary>The size a chunk-size line states ("1f40", "1f40;ext=1") and where the chunk's data starts, or null for any other line.</summary>
    private static (long Size, int DataStart)? ChunkSize(ReadOnlySpan<byte> bytes)
    {
        var lineEnd = bytes[..Math.Min(bytes.Length, 256)].IndexOf((byte)'\n');
        if (lineEnd < 0)
        {
            return null;
        }

        var line = bytes[..lineEnd].TrimEnd((byte)'\r');
        var extension = line.IndexOf((byte)';');
        var digits = (extension >= 0 ? line[..extension] : line).TrimEnd((byte)' ');
        return digits.Length is > 0 and <= MaxSizeDigits
            && long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
            ? (size, lineEnd + 1)
            : null;
    }
}
