using System.Text;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// The page inside what a crawler stored: a gzip file, a WARC file's page record, a saved HTTP response head (its body chunked, compressed, both or
/// neither), a MIME message (a browser's MHTML file, a saved e-mail), a scraper's JSON record, or the page itself; with the
/// address and save time a browser's comment at the top of a saved page states.
/// </summary>
/// <param name="Bytes">The page's bytes.</param>
/// <param name="ContentType">The content type that says how to read them: the innermost one stated (MIME part, response head, store).</param>
/// <param name="Compression">How the page was compressed ("gzip", or a body's "br" or "deflate" Content-Encoding), else null; the inner of two.</param>
/// <param name="Name">The input's name, without a ".gz" the inflated page no longer has (the extension is a hint to the page's kind).</param>
/// <param name="SourceUrl">The address the wrapping says the page was saved from (an MHTML file's Content-Location, a WARC record's target), if any.</param>
/// <param name="SavedAt">When the wrapping says the page was saved (a response's or a message's Date header, a WARC record's date), if it says.</param>
/// <param name="Subject">An e-mail's or a saved message's subject, if stated: the title of a page that states none.</param>
/// <param name="SentAt">When an e-mail was sent, if it is one: the publication date of a page that states none.</param>
/// <param name="SentAtRaw">The Date header <paramref name="SentAt"/> was read from.</param>
public sealed record StoredPage(
    ReadOnlyMemory<byte> Bytes,
    string? ContentType,
    string? Compression,
    string Name,
    string? SourceUrl = null,
    DateTimeOffset? SavedAt = null,
    string? Subject = null,
    DateTimeOffset? SentAt = null,
    string? SentAtRaw = null)
{
    /// <summary>Opens <paramref name="raw"/> down to the page, inflating within <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputRejectedException">When a gzip stream inflates past the limit, to nothing, or not at all, a MIME message holds no HTML or text part, or a WARC file or a scraper's JSON no page or several.</exception>
    public static StoredPage Open(RawInput raw, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var page = Unwrapped(raw, maxBytes);

        // What the wrapping states comes first: an MHTML file or a WARC record knows where the page was saved from as well as the page does.
        var (url, savedAt) = SavedPageComment.Read(page.Bytes.Span);
        return page with { SourceUrl = page.SourceUrl ?? url, SavedAt = page.SavedAt ?? savedAt };
    }

    private static StoredPage Unwrapped(RawInput raw, long maxBytes)
    {
        var page = new StoredPage(raw.Content, raw.ContentType, null, raw.Name);
        if (GzipEnvelope.Wraps(page.Bytes.Span))
        {
            page = Inflated(page, raw, maxBytes) with
            {
                Name = raw.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? raw.Name[..^3] : raw.Name,
            };
        }

        if (WarcFile.Open(page.Bytes) is { } record)
        {
            page = page with { Bytes = record.Block, ContentType = record.ContentType, SourceUrl = record.TargetUri, SavedAt = record.CrawledAt };
        }

        if (HttpResponseHead.Read(page.Bytes.Span) is { } head)
        {
            var body = page.Bytes[head.BodyStart..];
            page = page with
            {
                Bytes = head.Chunked && ChunkedBody.Join(body.Span) is { } joined ? joined : body,
                ContentType = head.ContentType ?? page.ContentType,
                SavedAt = head.Date ?? page.SavedAt,
            };
            if (GzipEnvelope.Wraps(page.Bytes.Span))
            {
                page = Inflated(page, raw, maxBytes);
            }
            else if (EncodedBody.Decode(page.Bytes, head.ContentEncoding, maxBytes) is var (decoded, encoding))
            {
                page = page with { Bytes = decoded, Compression = encoding };
            }
        }

        if (MimeEnvelope.Open(page.Bytes.Span) is { } saved)
        {
            return page with
            {
                Bytes = saved.Body,
                ContentType = saved.ContentType,
                SourceUrl = saved.Location ?? page.SourceUrl,
                SavedAt = saved.SavedAt ?? page.SavedAt,
                Subject = saved.Subject,
                SentAt = saved.SentAt,
                SentAtRaw = saved.SentAtRaw,
            };
        }

        return ScrapedJson.Open(page.Bytes.Span) is { } scraped
            ? page with
            {
                // A base64 body is the page's bytes as sent, in the charset the page declares; markup kept as a JSON string is text.
                Bytes = scraped.Body ?? Encoding.UTF8.GetBytes(scraped.Html ?? ""),
                ContentType = scraped.Body is null ? "text/html; charset=utf-8" : "text/html",
                SourceUrl = scraped.Url ?? page.SourceUrl,
                SavedAt = scraped.SavedAt ?? page.SavedAt,
            }
            : page;
    }

    private static StoredPage Inflated(StoredPage page, RawInput raw, long maxBytes)
    {
        var inflated = GzipEnvelope.Open(page.Bytes, maxBytes);
        if (inflated.Length == 0)
        {
            throw new InputRejectedException(FailureReason.Empty, $"Input is gzip-compressed ({raw.Content.Length:N0} bytes) and inflates to nothing.");
        }

        return page with { Bytes = inflated, Compression = "gzip" };
    }
}
