namespace Pipeline.Core.Input;

/// <summary>
/// The status line and headers a crawler saved in front of a page (<c>wget --save-headers</c>, <c>curl -i</c>, a WARC response record):
/// where the page starts, and the headers that say how to read it. Left in, they would be read as page text and their charset ignored.
/// </summary>
public static class HttpResponseHead
{
    // Real response heads are a few hundred bytes; cookies and policies can take some kilobytes.
    private const int MaxHeadBytes = 64 * 1024;

    // "100 Continue" and "103 Early Hints" heads come before the real one (curl -i shows them); a handful at most.
    private const int MaxInterimHeads = 4;

    /// <summary>A saved response head: where the body starts, its status code, Content-Type, the instant its Date header gives, whether the body is sent in chunks, and its Content-Encoding.</summary>
    public sealed record Head(int BodyStart, string? ContentType, DateTimeOffset? Date = null, int Status = 200, bool Chunked = false, string? ContentEncoding = null);

    /// <summary>The head when <paramref name="bytes"/> start with an HTTP status line and headers up to an empty line, else null; interim (1xx) heads are passed over.</summary>
    public static Head? Read(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        for (var interim = 0; interim <= MaxInterimHeads; interim++)
        {
            if (ReadOne(bytes[offset..]) is not { } head)
            {
                return null;
            }

            if (head.Status is < 100 or >= 200 || StatusCode(bytes[(offset + head.BodyStart)..]) is null)
            {
                return head with { BodyStart = offset + head.BodyStart };
            }

            offset += head.BodyStart;
        }

        return null;
    }

    private static Head? ReadOne(ReadOnlySpan<byte> bytes)
    {
        if (StatusCode(bytes) is not { } status)
        {
            return null;
        }

        var headersStart = bytes.IndexOf((byte)'\n') + 1;
        return headersStart > 0 && HeaderBlock.Read(bytes[headersStart..], MaxHeadBytes - headersStart) is ({ } headers, var bodyStart)
            ? new Head(
                headersStart + bodyStart,
                headers.GetValueOrDefault("content-type"),
                MessageDate.Parse(headers.GetValueOrDefault("date")),
                status,
                headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true,
                headers.GetValueOrDefault("content-encoding"))
            : null;
    }

    /// <summary>The status code of "HTTP/1.1 200 OK", "HTTP/2 404", "HTTP/1.0 301 Moved Permanently"; null when the bytes start otherwise.</summary>
    private static int? StatusCode(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("HTTP/"u8) || bytes.Length < 12 || !char.IsAsciiDigit((char)bytes[5]))
        {
            return null;
        }

        var space = bytes[..Math.Min(bytes.Length, 16)].IndexOf((byte)' ');
        if (space <= 5 || bytes.Length < space + 4)
        {
            return null;
        }

        var code = bytes.Slice(space + 1, 3);
        return char.IsAsciiDigit((char)code[0]) && char.IsAsciiDigit((char)code[1]) && char.IsAsciiDigit((char)code[2])
            ? ((code[0] - '0') * 100) + ((code[1] - '0') * 10) + (code[2] - '0')
            : null;
    }
}
