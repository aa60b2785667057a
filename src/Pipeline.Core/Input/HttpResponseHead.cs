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

        var headersStart = bytes.IndexOf((byte)'\n') + 1;
        return headersStart > 0 && HeaderBlock.Read(bytes[headersStart..], MaxHeadBytes - headersStart) is ({ } headers, var bodyStart)
            ? new Head(headersStart + bodyStart, headers.GetValueOrDefault("content-type"), MessageDate.Parse(headers.GetValueOrDefault("date")))
            : null;
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
