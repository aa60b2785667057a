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

    [Fact]
    public void A_page_stored_as_itself_opens_to_itself()
    {
        var page = DatasetFiles.ReadGzip(Page);

        var opened = StoredPage.Open(new RawInput(page, "page.html", "text/html"), 16 * 1024 * 1024);

        Assert.Equal(new StoredPage(page, "text/html", null, "page.html"), opened with { Bytes = page });
        Assert.True(opened.Bytes.Span.SequenceEqual(page));
    }
}
