using System.Text;
using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class HarLogTests
{
    private static readonly string PagePath = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_har_file_saved_with_content_cleans_to_the_article_of_the_document_the_tab_loaded(bool base64)
    {
        var page = DatasetFiles.ReadGzip(PagePath);
        var har = Har(base64 ? new { mimeType = "text/html; charset=utf-8", text = Convert.ToBase64String(page), encoding = "base64" } : new { mimeType = "text/html; charset=utf-8", text = Encoding.UTF8.GetString(page), encoding = "" });
        var cleaner = new ArticleCleaner();

        var fromHar = cleaner.Clean(new RawInput(har, "devtools/kommersant.har"));
        var fromPage = cleaner.Clean(new RawInput(page, "page.html"));

        Assert.True(fromHar.Succeeded, fromHar.Failure?.Message);
        Assert.Equivalent(fromPage.Result!.Articles, fromHar.Result!.Articles, strict: true);
    }

    [Fact]
    public void The_page_is_the_first_successful_html_response_with_its_address_and_request_time()
    {
        var root = JsonDocument.Parse(Har(new { mimeType = "text/html", text = "<html><body><p>Story</p></body></html>", encoding = "" })).RootElement;

        var page = HarLog.Page(root);

        Assert.Equal(new ScrapedJson.PageRecord("<html><body><p>Story</p></body></html>", "https://www.kommersant.ru/doc/7715044", null, new DateTimeOffset(2025, 5, 16, 8, 0, 0, TimeSpan.Zero)), page);
    }

    [Fact]
    public void A_har_file_saved_without_content_is_quarantined_with_what_to_do()
    {
        var outcome = new ArticleCleaner().Clean(new RawInput(Har(new { mimeType = "text/html", text = "", encoding = "" }), "devtools/page.har"));

        Assert.Equal(FailureReason.NoArticle, outcome.Failure?.Reason);
        Assert.Equal("Input is a HAR file without a successful HTML response whose content was saved (save it \"with content\").", outcome.Failure?.Message);
    }

    /// <summary>A HAR file as developer tools write it: a redirect, the document, a script and an advert's frame.</summary>
    private static byte[] Har(object document) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        log = new
        {
            version = "1.2",
            creator = new { name = "WebInspector", version = "537.36" },
            entries = new object[]
            {
                Entry("http://kommersant.ru/doc/7715044", 301, new { mimeType = "text/html", text = "<html><body><a href=\"https://www.kommersant.ru/doc/7715044\">moved</a></body></html>", encoding = "" }),
                Entry("https://www.kommersant.ru/doc/7715044", 200, document),
                Entry("https://www.kommersant.ru/app.js", 200, new { mimeType = "application/javascript", text = "console.log(1)", encoding = "" }),
                Entry("https://ads.example.com/frame.html", 200, new { mimeType = "text/html", text = "<html><body><p>Advert</p></body></html>", encoding = "" }),
            },
        },
    });

    private static object Entry(string url, int status, object content) => new
    {
        startedDateTime = "2025-05-16T08:00:00.000Z",
        request = new { method = "GET", url },
        response = new { status, content },
    };
}
