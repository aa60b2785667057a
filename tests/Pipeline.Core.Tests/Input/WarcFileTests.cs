using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class WarcFileTests
{
    private static readonly string PagePath = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    private static readonly DateTimeOffset CrawledAt = new(2025, 5, 16, 8, 0, 0, TimeSpan.Zero);

    private const string Target = "https://www.kommersant.ru/doc/7730000";

    [Fact]
    public void A_wget_warc_opens_to_its_successful_page_response_with_the_crawl_address_and_time()
    {
        var page = DatasetFiles.ReadGzip(PagePath);
        var records = WgetRecords(Response("200 OK", "text/html; charset=utf-8", page));

        var record = WarcFile.Open(Concat(records));

        Assert.NotNull(record);
        Assert.Equal((null, Target, CrawledAt), (record.ContentType, record.TargetUri, record.CrawledAt));
        Assert.Equal(Response("200 OK", "text/html; charset=utf-8", page), record.Block.ToArray());
    }

    [Fact]
    public void A_warc_gzipped_record_by_record_with_a_chunked_body_cleans_to_the_article_of_the_page_itself()
    {
        var page = DatasetFiles.ReadGzip(PagePath);
        var chunked = Response("200 OK", "text/html; charset=utf-8", Chunked(page, 4000), "Transfer-Encoding: chunked\r\n");
        var warc = WgetRecords(chunked).SelectMany(record => GzipEnvelopeTests.Gzip(record)).ToArray();
        var cleaner = new ArticleCleaner();

        var fromWarc = cleaner.Clean(new RawInput(warc, "crawl/kommersant.warc.gz"));
        var fromPage = cleaner.Clean(new RawInput(page, "kommersant.html"));

        Assert.True(fromWarc.Succeeded, fromWarc.Failure?.Message);
        Assert.Equivalent(fromPage.Result!.Articles, fromWarc.Result!.Articles, strict: true);
        Assert.Equal((InputKind.Html, "utf-8", "gzip"), (fromWarc.Result.Source.Kind, fromWarc.Result.Source.Encoding, fromWarc.Result.Source.Compression));
    }

    [Fact]
    public void The_crawl_time_bounds_the_page_dates()
    {
        // The page states 14 May 2025 20:28; crawled on the 13th, that cannot be its date, and the next date the page states is taken.
        var page = DatasetFiles.ReadGzip(PagePath);
        var warc = Concat([Record("response", Response("200 OK", "text/html", page), "application/http; msgtype=response", "2025-05-13T08:00:00Z")]);

        var outcome = new ArticleCleaner().Clean(new RawInput(warc, "page.warc"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal("2019-10-11", outcome.Result!.Articles[0].PublishedAt);
    }

    [Fact]
    public void A_resource_record_is_the_page_itself_read_by_the_record_content_type()
    {
        var text = "Ministers met on Tuesday.\n\nThey agreed on a budget."u8.ToArray();
        var warc = Concat([Record("warcinfo", "software: x\r\n"u8.ToArray(), "application/warc-fields"), Record("resource", text, "text/plain; charset=utf-8")]);

        var record = WarcFile.Open(warc);

        Assert.Equal("text/plain; charset=utf-8", record?.ContentType);
        Assert.Equal(text, record?.Block.ToArray());
    }

    [Fact]
    public void A_plain_text_response_is_the_page_only_when_no_html_response_is_there()
    {
        var robots = Response("200 OK", "text/plain", "User-agent: *\nDisallow:"u8.ToArray());
        var html = Response("200 OK", "text/html", "<p>Story</p>"u8.ToArray());

        Assert.Equal(html, WarcFile.Open(Concat([Record("response", robots), Record("response", html)]))?.Block.ToArray());
        Assert.Equal(robots, WarcFile.Open(Concat([Record("response", robots)]))?.Block.ToArray());
    }

    [Fact]
    public void A_record_cut_off_by_a_truncated_file_ends_with_the_file()
    {
        var html = Response("200 OK", "text/html", "<p>Story that goes on</p>"u8.ToArray());
        var warc = Concat([Record("response", html)]);
        var truncated = warc[..^10];

        Assert.Equal(truncated[^(html.Length - 6)..], WarcFile.Open(truncated)?.Block.ToArray());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("3")]
    [InlineData("-5")]
    [InlineData("many")]
    public void A_record_whose_length_is_written_wrong_ends_where_the_next_record_starts(string length)
    {
        var html = Response("200 OK", "text/html", "<p>Story</p>"u8.ToArray());
        var info = Encoding.ASCII.GetString(Record("warcinfo", "software: x\r\n"u8.ToArray(), "application/warc-fields"));
        var damaged = Encoding.ASCII.GetBytes(info.Replace("Content-Length: 13", $"Content-Length: {length}", StringComparison.Ordinal));

        Assert.Equal(html, WarcFile.Open(Concat([damaged, Record("response", html)]))?.Block.ToArray());
    }

    [Fact]
    public void A_warc_without_a_successful_page_is_quarantined_as_holding_no_article()
    {
        var warc = Concat(WgetRecords(Response("404 Not Found", "text/html", "<p>Gone</p>"u8.ToArray())));

        var outcome = new ArticleCleaner().Clean(new RawInput(warc, "page.warc"));

        Assert.Equal(FailureReason.NoArticle, outcome.Failure?.Reason);
        Assert.Equal("Input is a WARC file of 6 record(s) without a successful (2xx) HTML or text response.", outcome.Failure?.Message);
    }

    [Fact]
    public void A_warc_of_several_pages_is_quarantined_with_what_to_do()
    {
        var one = Response("200 OK", "text/html", "<p>One</p>"u8.ToArray());
        var two = Response("200 OK", "text/html", "<p>Two</p>"u8.ToArray());

        var outcome = new ArticleCleaner().Clean(new RawInput(Concat([Record("response", one), Record("response", two)]), "crawl.warc"));

        Assert.Equal(FailureReason.SeveralPages, outcome.Failure?.Reason);
        Assert.Equal(
            "Input is a WARC file holding 2 pages (successful HTML responses); the pipeline writes one document per blob, so store each page's record as its own blob.",
            outcome.Failure?.Message);
    }

    [Theory]
    [InlineData("WARC/ is the web archive format.\n\nIt was standardised in 2009.")]
    [InlineData("<html><body>WARC/1.0</body></html>")]
    public void Texts_that_merely_mention_warc_are_no_warc_file(string text)
    {
        Assert.Null(WarcFile.Open(Encoding.ASCII.GetBytes(text)));
    }

    /// <summary>What <c>wget --warc-file</c> writes for one address that redirects: its info, the request, the redirect, the page, a stylesheet, its metadata.</summary>
    private static byte[][] WgetRecords(byte[] pageResponse) =>
    [
        Record("warcinfo", "software: Wget/1.21.4\r\nformat: WARC File Format 1.0\r\n"u8.ToArray(), "application/warc-fields"),
        Record("request", "GET /doc/7730000 HTTP/1.1\r\nHost: www.kommersant.ru\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
        Record("response", Response("301 Moved Permanently", "text/html", "<a href=\"/doc/7730000\">moved</a>"u8.ToArray(), $"Location: {Target}\r\n")),
        Record("response", pageResponse),
        Record("response", Response("200 OK", "text/css", "body { margin: 0 }"u8.ToArray())),
        Record("metadata", "outlink: https://www.kommersant.ru/a.css E =EMBED_MISC\r\n"u8.ToArray(), "application/warc-fields"),
    ];

    private static byte[] Record(string type, byte[] block, string contentType = "application/http; msgtype=response", string date = "2025-05-16T08:00:00Z") =>
    [
        .. Encoding.ASCII.GetBytes(
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: <{Target}>\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n"
            + $"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"),
        .. block,
        .. "\r\n\r\n"u8,
    ];

    private static byte[] Response(string status, string contentType, byte[] body, string headers = "") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{headers}\r\n"), .. body];

    private static byte[] Chunked(byte[] body, int size) =>
    [
        .. body.Chunk(size).SelectMany(chunk => (byte[])[.. Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), .. chunk, .. "\r\n"u8]),
        .. "0\r\n\r\n"u8,
    ];

    private static byte[] Concat(IEnumerable<byte[]> records) => records.SelectMany(r => r).ToArray();
}
