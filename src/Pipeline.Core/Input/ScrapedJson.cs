using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>
/// Opens what scrapers write as JSON (a Scrapy item, an Apify or Zyte result, a Firecrawl response; one object, an array of them or JSON
/// Lines; a browser's HAR file) to the page it holds: the record's longest string value that is markup, with the address the record
/// states beside it. Read as text, the page would be cleaned as escaped JSON.
/// </summary>
public static class ScrapedJson
{
    // A title or a teaser with a <b> in it is no page.
    private const int MinPageChars = 200;

    // Records nest their page a few levels down at most ({"data": {"rawHtml": ...}}).
    private const int MaxDepth = 8;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowMultipleValues = true,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>A page found in a JSON record: its markup (as text, or as the bytes a base64 body held) and the address the record gives it, if any.</summary>
    /// <param name="Html">The markup, when the record holds it as text.</param>
    /// <param name="Url">The record's address for the page.</param>
    /// <param name="Body">The page's bytes, when the record holds them base64-encoded (Zyte's "httpResponseBody"), in the charset the page declares.</param>
    /// <param name="SavedAt">When the page was recorded (a HAR file's request time), if stated.</param>
    public sealed record PageRecord(string? Html, string? Url, byte[]? Body = null, DateTimeOffset? SavedAt = null);

    /// <summary>The page when <paramref name="bytes"/> are JSON holding one, else null (no JSON: a text or a page).</summary>
    /// <exception cref="InputRejectedException">
    /// <see cref="FailureReason.NoArticle"/> for JSON without a page in it, <see cref="FailureReason.SeveralPages"/> for JSON holding
    /// several (the pipeline writes one document per blob).
    /// </exception>
    public static PageRecord? Open(ReadOnlySpan<byte> bytes) => Open(bytes, mayClose: true);

    private static PageRecord? Open(ReadOnlySpan<byte> bytes, bool mayClose)
    {
        var start = bytes.IndexOfAnyExcept(" \t\r\n\uFEFF"u8);
        if (start < 0 || bytes[start] is not ((byte)'{' or (byte)'['))
        {
            return null;
        }

        var records = new List<PageRecord>();
        var several = 0;
        var values = 0;
        var json = bytes[start..];
        if (!Utf8.IsValid(json))
        {
            json = ValidUtf8(json);
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        var parsed = 0;
        try
        {
            while (reader.Read())
            {
                // A top-level array's elements are records, read one by one, so an array cut off keeps the records before the cut.
                var array = values == 0 && reader.TokenType == JsonTokenType.StartArray;
                while (!array || (reader.Read() && reader.TokenType != JsonTokenType.EndArray))
                {
                    parsed = (int)reader.BytesConsumed;
                    using var value = JsonDocument.ParseValue(ref reader);
                    values++;
                    if (values == 1 && !array && HarLog.Is(value.RootElement))
                    {
                        return HarLog.Page(value.RootElement);
                    }

                    several = Math.Max(several, AddRecord(value.RootElement, records));
                    if (!array)
                    {
                        break;
                    }
                }
            }
        }
        catch (JsonException) when (values > 0)
        {
            // A text that merely opens like JSON ("[1936822]" over a page's text dump, aeb-text d90bda7e): no record before the break, no JSON.
            if (records.Count == 0)
            {
                return null;
            }

            // JSON Lines or an array cut off or damaged partway: the records before it, and one more if what is left holds a page.
            several = Math.Max(several, records.Count + (DamagedJson.HoldsPage(json[parsed..]) ? 1 : 0));
        }
        catch (JsonException) when (mayClose)
        {
            // Cut off: closed where it stops; else damaged (a raw line break in a string, a stray byte): its strings read leniently.
            return (TruncatedJson.Close(json, ReaderOptions) is { } closed ? Open(closed, mayClose: false) : null) ?? DamagedJson.Page(json);
        }
        catch (JsonException)
        {
            return null;
        }

        var pages = Math.Max(records.Count, several);
        return pages switch
        {
            1 => records[0],
            0 => throw new InputRejectedException(FailureReason.NoArticle, "Input is JSON without a page in it (no string value holding HTML markup)."),
            _ => throw SeveralPages(pages),
        };
    }

    /// <summary>The rejection of JSON holding several pages: one document is written per blob.</summary>
    internal static InputRejectedException SeveralPages(int pages) =>
        new(FailureReason.SeveralPages, $"Input is JSON holding {pages} pages; the pipeline writes one document per blob, so store each page as its own blob.");

    /// <summary>Adds the record's page, if it holds one; returns how many whole pages it holds (more than one: a wrapper of several).</summary>
    private static int AddRecord(JsonElement record, List<PageRecord> records)
    {
        var holders = new List<Holder>();
        Collect(record, 0, holders);
        if (holders.Count == 0)
        {
            return 0;
        }

        var page = holders.MaxBy(h => h.Length)!;
        records.Add(new PageRecord(page.Html, Address(page.Element), page.Body));
        return holders.Count(h => IsDocument(h.Html ?? Encoding.Latin1.GetString(h.Body!)));
    }

    /// <summary>JSON damaged into invalid UTF-8 (or written in another encoding against the standard) with the bad bytes as U+FFFD, as a browser shows them.</summary>
    private static byte[] ValidUtf8(ReadOnlySpan<byte> json) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json));

    /// <summary>An object holding markup, with its longest markup: a string, or the bytes of a base64 string.</summary>
    private sealed record Holder(JsonElement Element, string? Html, byte[]? Body)
    {
        public int Length => Html?.Length ?? Body!.Length;
    }

    /// <summary>Each object holding markup, with its longest markup (a Firecrawl record holds its page as "html" and "rawHtml").</summary>
    private static void Collect(JsonElement element, int depth, List<Holder> holders)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, depth + 1, holders);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        Holder? longest = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                Collect(property.Value, depth + 1, holders);
            }
            else if (property.Value.GetString() is { Length: >= MinPageChars } text
                && (IsMarkup(text) ? new Holder(element, text, null) : EncodedMarkup(text) is { } body ? new Holder(element, null, body) : null) is { } found
                && found.Length > (longest?.Length ?? 0))
            {
                longest = found;
            }
        }

        if (longest is not null)
        {
            holders.Add(longest);
        }
    }

    /// <summary>The bytes of a base64 string that decodes to markup (a response body kept as sent), else null.</summary>
    private static byte[]? EncodedMarkup(string text)
    {
        // A body cut off or damaged partway gives the page before the cut; text that is no base64 decodes to no markup.
        if (Base64Prefix.Decode(text) is not { } decoded)
        {
            return null;
        }

        var body = decoded.AsSpan();
        var first = body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        first += body[first..].IndexOfAnyExcept(" \t\r\n"u8) is var blank and >= 0 ? blank : 0;
        return first + 1 < body.Length && body[first] == '<' && (char.IsAsciiLetter((char)body[first + 1]) || body[first + 1] == '!') && body.IndexOf("</"u8) >= 0
            ? decoded
            : null;
    }

    /// <summary>A whole page, not a fragment: several objects in one record holding one each are several pages ({"items": [...]}).</summary>
    internal static bool IsDocument(string html) =>
        html.Contains("<html", StringComparison.OrdinalIgnoreCase) || html.Contains("<!doctype", StringComparison.OrdinalIgnoreCase);

    /// <summary>Markup: a long string that opens with a tag or a doctype and closes a tag.</summary>
    internal static bool IsMarkup(string text)
    {
        if (text.Length < MinPageChars)
        {
            return false;
        }

        var first = text.AsSpan().IndexOfAnyExcept(" \t\r\n\uFEFF");
        return first >= 0 && text[first] == '<' && first + 1 < text.Length && (char.IsAsciiLetter(text[first + 1]) || text[first + 1] == '!')
            && text.Contains("</", StringComparison.Ordinal);
    }

    /// <summary>
    /// The record's own address: an absolute http(s) value of a property named for an address ("url", "finalUrl", "sourceURL"), in the record
    /// or an object inside it ("metadata"); the address a crawl ended at ("final", "loaded", "resolved") before the one it started from.
    /// </summary>
    private static string? Address(JsonElement record)
    {
        var addresses = new List<(string Name, string Value)>();
        foreach (var property in record.EnumerateObject())
        {
            AddAddress(property, addresses);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    AddAddress(inner, addresses);
                }
            }
        }

        return PreferredAddress(addresses);
    }

    /// <summary>The address a crawl ended at ("final", "loaded", "resolved" in its name) before the one it started from.</summary>
    internal static string? PreferredAddress(List<(string Name, string Value)> addresses) =>
        addresses.FirstOrDefault(a => a.Name.Contains("final", StringComparison.OrdinalIgnoreCase)
                || a.Name.Contains("loaded", StringComparison.OrdinalIgnoreCase)
                || a.Name.Contains("resolved", StringComparison.OrdinalIgnoreCase)).Value
            ?? addresses.FirstOrDefault().Value;

    /// <summary>A property named for an address ("url", "finalUrl", "sourceURL", "uri") with an absolute http(s) value.</summary>
    internal static bool IsAddress(string name, string value) =>
        (name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("uri", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static void AddAddress(JsonProperty property, List<(string Name, string Value)> addresses)
    {
        if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } value && IsAddress(property.Name, value))
        {
            addresses.Add((property.Name, value.Trim()));
        }
    }
}
