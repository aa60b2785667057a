using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Opens a WARC file (the web archive of Heritrix, <c>wget --warc-file</c>, Common Crawl and news crawls; gzipped per record or not)
/// to the page it holds: its one successful HTML response, else its one plain-text response, with the address and time of the crawl.
/// Requests, redirects, errors, stylesheets, images and the crawler's own records around it are passed over.
/// </summary>
public static class WarcFile
{
    // A record's headers are a few hundred bytes; a crawler's warcinfo record can list its configuration.
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>The record that holds the page.</summary>
    /// <param name="Block">The record's content: an HTTP response (head and body) for a response record, the page itself for a resource record.</param>
    /// <param name="ContentType">A resource record's Content-Type; null for a response record, whose own head states it.</param>
    /// <param name="TargetUri">The address the page was fetched from (WARC-Target-URI), if stated.</param>
    /// <param name="CrawledAt">When it was fetched (WARC-Date), if stated.</param>
    public sealed record PageRecord(ReadOnlyMemory<byte> Block, string? ContentType, string? TargetUri, DateTimeOffset? CrawledAt);

    /// <summary>True when the bytes start with a WARC version line ("WARC/1.0", "WARC/1.1").</summary>
    public static bool Wraps(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 8 && bytes.StartsWith("WARC/"u8) && char.IsAsciiDigit((char)bytes[5]) && bytes[6] == '.';

    /// <summary>The record holding the page when <paramref name="bytes"/> are a WARC file, else null.</summary>
    /// <exception cref="InputRejectedException">
    /// <see cref="FailureReason.NoArticle"/> for a WARC file without a successful HTML or text response, <see cref="FailureReason.SeveralPages"/>
    /// for one holding several (the pipeline writes one document per blob: each page is stored as its own blob).
    /// </exception>
    public static PageRecord? Open(ReadOnlyMemory<byte> bytes)
    {
        if (!Wraps(bytes.Span))
        {
            return null;
        }

        var html = new List<PageRecord>();
        var text = new List<PageRecord>();
        var records = 0;
        foreach (var (headers, block) in Records(bytes))
        {
            records++;
            var type = headers.GetValueOrDefault("warc-type")?.ToLowerInvariant();
            var contentType = type switch
            {
                "response" when HttpResponseHead.Read(block.Span) is { Status: >= 200 and < 300 } head => head.ContentType,
                "resource" => headers.GetValueOrDefault("content-type"),
                _ => "-",
            };
            var pages = IsHtml(contentType) ? html : IsText(contentType) ? text : null;
            pages?.Add(new PageRecord(block, type == "resource" ? contentType : null, headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'), MessageDate.Parse(headers.GetValueOrDefault("warc-date"))));
        }

        var found = html.Count > 0 ? html : text;
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InputRejectedException(
                FailureReason.NoArticle, $"Input is a WARC file of {records} record(s) without a successful (2xx) HTML or text response."),
            _ => throw new InputRejectedException(
                FailureReason.SeveralPages,
                $"Input is a WARC file holding {found.Count} pages (successful {(found == html ? "HTML" : "text")} responses); the pipeline writes one document per blob, so store each page's record as its own blob."),
        };
    }

    /// <summary>Each record's headers (names lower-cased) and content, up to the end or to the first bytes that are no record; a record cut off ends with the file.</summary>
    private static IEnumerable<(Dictionary<string, string> Headers, ReadOnlyMemory<byte> Block)> Records(ReadOnlyMemory<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length && Wraps(bytes.Span[position..]))
        {
            var headersStart = position + bytes.Span[position..].IndexOf((byte)'\n') + 1;
            if (HeaderBlock.Read(bytes.Span[headersStart..], MaxHeaderBytes) is not ({ } headers, var blockOffset))
            {
                yield break;
            }

            var blockStart = headersStart + blockOffset;
            var length = BlockLength(bytes.Span[blockStart..], headers.GetValueOrDefault("content-length"));
            yield return (headers, bytes.Slice(blockStart, length));
            position = NextRecord(bytes.Span, blockStart + length);
        }
    }

    /// <summary>
    /// The stated Content-Length when the next record (or the end) follows it; else, the length was written wrong or the record damaged,
    /// up to the next line that starts a record, so one bad record does not swallow the page after it.
    /// </summary>
    private static int BlockLength(ReadOnlySpan<byte> rest, string? contentLength)
    {
        if (long.TryParse(contentLength, out var stated) && stated >= 0 && stated <= rest.Length && NextRecord(rest, (int)stated) is var next
            && (next == rest.Length || Wraps(rest[next..])))
        {
            return (int)stated;
        }

        for (var from = 0; from < rest.Length;)
        {
            var line = rest[from..].IndexOf("\nWARC/"u8);
            if (line < 0)
            {
                break;
            }

            var start = from + line + 1;
            if (Wraps(rest[start..]))
            {
                return rest[..start].TrimEnd("\r\n"u8).Length;
            }

            from = start;
        }

        return rest.Length;
    }

    /// <summary>Where the next record starts after a block ending at <paramref name="end"/>: records end with two line breaks, which writers also write as bare LFs or forget.</summary>
    private static int NextRecord(ReadOnlySpan<byte> bytes, int end)
    {
        var next = bytes[end..].IndexOfAnyExcept("\r\n"u8);
        return next < 0 ? bytes.Length : end + next;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is null || contentType.Length == 0
        || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string? contentType) => contentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
}
