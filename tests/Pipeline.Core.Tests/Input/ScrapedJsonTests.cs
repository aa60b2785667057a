using System.Text;
using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class ScrapedJsonTests
{
    private static readonly string PagePath = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    private static readonly string Story =
        "<html><body><article><h1>Budget agreed</h1>" + string.Concat(Enumerable.Repeat("<p>Ministers met on Tuesday and agreed on a budget for the coming year after long talks.</p>", 6)) + "</article></body></html>";

    [Fact]
    public void A_scrapy_item_cleans_to_the_article_of_the_page_itself()
    {
        var page = Encoding.UTF8.GetString(DatasetFiles.ReadGzip(PagePath));
        var item = JsonSerializer.SerializeToUtf8Bytes(new { url = "https://www.kommersant.ru/doc/7715044", status = 200, title = "<b>Легкий</b> троннинг", html = page });
        var cleaner = new ArticleCleaner();

        var fromItem = cleaner.Clean(new RawInput(item, "crawl/item.json"));
        var fromPage = cleaner.Clean(new RawInput(Encoding.UTF8.GetBytes(page), "page.html"));

        Assert.True(fromItem.Succeeded, fromItem.Failure?.Message);
        Assert.Equivalent(fromPage.Result!.Articles, fromItem.Result!.Articles, strict: true);
    }

    [Fact]
    public void A_firecrawl_response_opens_to_its_raw_page_and_the_address_the_crawl_ended_at()
    {
        var response = JsonSerializer.SerializeToUtf8Bytes(new
        {
            success = true,
            data = new
            {
                markdown = "# Budget agreed",
                html = "<div>" + Story[..300] + "</div>",
                rawHtml = Story,
                metadata = new { sourceURL = "http://example.org/budget", finalUrl = "https://example.org/2025/budget" },
            },
        });

        var page = ScrapedJson.Open(response);

        Assert.Equal(new ScrapedJson.PageRecord(Story, "https://example.org/2025/budget"), page);
    }

    [Fact]
    public void The_record_address_is_the_url_of_a_page_that_names_none()
    {
        var item = JsonSerializer.SerializeToUtf8Bytes(new { request_url = "https://example.org/budget", body = Story });

        var outcome = new ArticleCleaner().Clean(new RawInput(item, "item.json"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(("https://example.org/budget", "Budget agreed"), (outcome.Result!.Articles[0].Url, outcome.Result.Articles[0].Title));
    }

    [Fact]
    public void A_zyte_result_with_a_base64_body_opens_to_the_page_bytes_in_the_charset_the_page_declares()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cyrillic = Encoding.GetEncoding("windows-1251");
        var page = cyrillic.GetBytes(Story.Replace("<html>", "<html><head><meta charset=\"windows-1251\"></head>", StringComparison.Ordinal).Replace("Budget agreed", "Бюджет принят", StringComparison.Ordinal));
        var result = JsonSerializer.SerializeToUtf8Bytes(new { url = "https://example.org/budget", statusCode = 200, httpResponseBody = Convert.ToBase64String(page) });

        var outcome = new ArticleCleaner().Clean(new RawInput(result, "zyte/budget.json"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(("Бюджет принят", "windows-1251", "https://example.org/budget"), (outcome.Result!.Articles[0].Title, outcome.Result.Source.Encoding, outcome.Result.Articles[0].Url));
    }

    [Theory]
    [InlineData("lines")]
    [InlineData("array")]
    [InlineData("wrapped")]
    public void Json_holding_several_pages_is_quarantined_with_what_to_do(string shape)
    {
        var items = new[] { new { url = "https://example.org/a", html = Story }, new { url = "https://example.org/b", html = Story.Replace("Budget", "Vote", StringComparison.Ordinal) } };
        var json = shape switch
        {
            "lines" => string.Join('\n', items.Select(i => JsonSerializer.Serialize(i))),
            "array" => JsonSerializer.Serialize(items),
            _ => JsonSerializer.Serialize(new { count = 2, items }),
        };

        var outcome = new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(json), "crawl.json"));

        Assert.Equal(FailureReason.SeveralPages, outcome.Failure?.Reason);
        Assert.Equal("Input is JSON holding 2 pages; the pipeline writes one document per blob, so store each page as its own blob.", outcome.Failure?.Message);
    }

    [Theory]
    [InlineData("\n{\"url\": \"https://example.org/b\", \"status\": 40")]
    [InlineData("\n{\"url\": \"https://example.org/b\", \"html\": \"<html><bo")]
    public void Json_lines_cut_off_after_the_first_page_open_to_it(string cut)
    {
        var json = JsonSerializer.Serialize(new { url = "https://example.org/a", html = Story }) + cut;

        Assert.Equal(new ScrapedJson.PageRecord(Story, "https://example.org/a"), ScrapedJson.Open(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Json_lines_cut_off_inside_a_second_page_are_several_pages()
    {
        var json = JsonSerializer.Serialize(new { url = "https://example.org/a", html = Story }) + "\n{\"url\": \"https://example.org/b\", \"html\": \"" + Story[..250];

        var e = Assert.Throws<InputRejectedException>(() => ScrapedJson.Open(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(FailureReason.SeveralPages, e.Reason);
    }

    [Fact]
    public void A_record_a_sloppy_writer_left_raw_line_breaks_in_still_opens_to_its_page_and_address()
    {
        // Raw line breaks and tabs inside strings are not JSON; written by hand-rolled exporters all the same.
        var page = Story.Replace("</h1>", "</h1>\n\t", StringComparison.Ordinal);
        var json = "{\"finalUrl\": \"https://example.org/budget\",\n \"html\": \"" + page.Replace("\"", "\\\"", StringComparison.Ordinal) + "\", \"note\": \"caf\\u00e9 \\q\"}";

        Assert.Equal(new ScrapedJson.PageRecord(page, "https://example.org/budget"), ScrapedJson.Open(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Damaged_json_holding_two_whole_pages_is_quarantined_as_several()
    {
        var json = "[{\"html\": \"" + Story + "\"},\n{\"html\": \"" + Story.Replace("Budget", "Vote\u0001", StringComparison.Ordinal) + "\"}]";

        var e = Assert.Throws<InputRejectedException>(() => ScrapedJson.Open(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(FailureReason.SeveralPages, e.Reason);
    }

    [Fact]
    public void Json_without_markup_is_quarantined_as_holding_no_page()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { title = "Budget agreed", text = string.Concat(Enumerable.Repeat("Ministers met on Tuesday. ", 20)), tags = "<b>politics</b>" });

        var e = Assert.Throws<InputRejectedException>(() => ScrapedJson.Open(json));

        Assert.Equal((FailureReason.NoArticle, "Input is JSON without a page in it (no string value holding HTML markup)."), (e.Reason, e.Message));
    }

    [Fact]
    public void A_text_dump_that_opens_with_a_bracketed_number_is_cleaned_as_text()
    {
        // aeb-text d90bda7e: "[1936822]" is a JSON array; the rest of the dump is not, and the page was quarantined as JSON without a page.
        var dump = File.ReadAllBytes(Path.Combine(RepositoryPaths.Datasets, "aeb-text", "w3m", "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.txt"));

        var outcome = new ArticleCleaner().Clean(new RawInput(dump, "d90bda7e.txt"));

        Assert.Null(ScrapedJson.Open(dump));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
    }

    [Theory]
    [InlineData("[Updated] Ministers met on Tuesday.\n\nThey agreed on a budget.")]
    [InlineData("{{ template }} left in a page")]
    [InlineData("<html><body><p>{\"a\": 1}</p></body></html>")]
    public void Texts_and_pages_that_are_no_json_are_left_to_be_read_as_they_are(string text)
    {
        Assert.Null(ScrapedJson.Open(Encoding.UTF8.GetBytes(text)));
    }
}
