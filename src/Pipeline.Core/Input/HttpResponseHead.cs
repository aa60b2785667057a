using System.Text;

namespace Pipeline.Core.Input;

/// <summary>
/// The status line and headers a crawler saved in front of a page (<c>wget --save-headers</c>, <c>curl -i</c>): where the page starts, and
/// the headers that say how to read it. Left in, they would be read as page text and their charset ignored.
/// </summary>
public static class HttpResponseHead
{
    // Real response heads are a few hundred bytes; cookies and policies can take some kilobytes.
    private const int MaxHeadBytes = 64 * 1024;

    /// <summary>A saved response head: where the body starts, its Content-Type header and the instant its Date header gives, when present.</summary>
    /// <remarks>Content-Encoding is not needed: a gzipped body tells by its own magic number (<see cref="StoredPage"/>).</remarks>
    public sealed record Head(int BodyStart, string? ContentType, DateTimeOffset? Date = null);

    /// <summary>The head when <paramref name="bytes"/> start with an HTTP status line and headers up to an empty line, else null.</summary>
    public static Head? Read(ReadOnlySpan<byte> bytes)
    {
        if (!StartsWithStatusLine(bytes))
        {
            return null;
        }

        var window = bytes[..Math.Min(bytes.Length, MaxHeadBytes)];
        string? contentType = null;
        DateTimeOffset? date = null;
        var position = window.IndexOf((byte)'\n') + 1;
        while (position > 0 && position < window.Length)
        {
            var length = window[position..].IndexOf((byte)'\n');
            if (length < 0)
            {
                return null;
            }

            var line = window.Slice(position, length).TrimEnd((byte)'\r');
            position += length + 1;
            if (line.IsEmpty)
            {
                return new Head(position, contentType, date);
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return null; // not a header: no response head after all
            }

            if (Ascii.EqualsIgnoreCase(line[..colon], "content-type"u8))
            {
                contentType = Encoding.Latin1.GetString(line[(colon + 1)..]).Trim();
            }
            else if (Ascii.EqualsIgnoreCase(line[..colon], "date"u8))
            {
                date = MessageDate.Parse(Encoding.Latin1.GetString(line[(colon + 1)..]));
            }
        }

        return null;
    }

    /// <summary>"HTTP/1.1 200 OK", "HTTP/2 404", "HTTP/1.0 301 Moved Permanently".</summary>
    private static bool StartsWithStatusLine(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("HTTP/"u8) || bytes.Length < 12 || !char.IsAsciiDigit((char)bytes[5]))
        {
            return false;
        }

        var space = bytes[..Math.Min(bytes.Length, 16)].IndexOf((byte)' ');
        return space > 5 && bytes.Length >= space + 4
            && char.IsAsciiDigit((char)bytes[space + 1]) && char.IsAsciiDigit((char)bytes[space + 2]) && char.IsAsciiDigit((char)bytes[space + 3]);
    }
}
