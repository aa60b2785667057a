using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class StoredPageTests
{
    private static readonly string Page = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    [Fact]
    public void A_gzipped_wget_file_with_a_gzipped_body_opens_to_the_page_with_the_head_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = DatasetFiles.ReadGzip(Page);
        var koi8 = Encoding.GetEncoding("koi8-r").GetBytes(Encoding.UTF8.GetString(page).Replace("<meta charset=\"utf-8\" />", "", StringComparison.Ordinal));
        var saved = GzipEnvelopeTests.Gzip([.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\nContent-Encoding: gzip\r\n\r\n"u8, .. GzipEnvelopeTests.Gzip(koi8)]);

        var opened = StoredPage.Open(new RawInput(saved, "crawl/page.html.gz"), 16 * 1024 * 1024);
        var decoded = InputDecoder.Decode(new RawInput(saved, "crawl/page.html.gz"), new CleanerOptions());

        Assert.Equal(koi8, opened.Bytes.ToArray());
        Assert.Equal(("text/html; charset=koi8-r", "gzip", "crawl/page.html"), (opened.ContentType, opened.Compression, opened.Name));
        Assert.Equal(Encoding.GetEncoding("koi8-r").GetString(koi8), decoded.Text);
        Assert.Equal("koi8-r", decoded.EncodingName);
    }

    [Theory]
    [InlineData("Mon, 12 May 2025 08:00:00 GMT", "2019-10-11")]
    [InlineData("Fri, 16 May 2025 08:00:00 GMT", "2025-05-14T20:28:12+03:00")]
    public void A_saved_response_dated_before_the_page_says_it_was_published_bounds_its_dates(string saved, string published)
    {
        // The page states 14 May 2025; saved two days earlier, that cannot be its date, and the next date the page states is taken.
        var page = DatasetFiles.ReadGzip(Page);
        var bytes = (byte[])[.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nDate: {saved}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"), .. page];

        var outcome = new ArticleCleaner().Clean(new RawInput(bytes, "crawl/page.html", LastModified: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(published, outcome.Result.Articles[0].PublishedAt);
    }

    [Fact]
    public void A_saved_mhtml_file_tells_when_it_was_saved()
    {
        var mhtml = "From: <Saved by Blink>\r\nDate: Wed, 14 May 2025 10:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: text/html\r\n\r\n<p>Text</p>\r\n--B--\r\n"u8.ToArray();

        var opened = StoredPage.Open(new RawInput(mhtml, "page.mhtml"), 1024);

        Assert.Equal(new DateTimeOffset(2025, 5, 14, 10, 0, 0, TimeSpan.Zero), opened.SavedAt);
    }

    [Fact]
    public void A_page_stored_as_itself_opens_to_itself()
    {
        var page = DatasetFiles.ReadGzip(Page);

        var opened = StoredPage.Open(new RawInput(page, "page.html", "text/html"), 16 * 1024 * 1024);

        Assert.Equal(new StoredPage(page, "text/html", null, "page.html"), opened with { Bytes = page });
        Assert.True(opened.Bytes.Span.SequenceEqual(page));
    }
}
