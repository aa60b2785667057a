using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class SavedPageCommentTests
{
    [Fact]
    public void A_page_saved_by_a_browser_that_names_no_address_takes_the_one_its_comment_gives()
    {
        // readability mathjax: Chrome's "Save as" wrote where the page came from in a comment, the parse drops comments, and the article had no url.
        var page = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "readability", "pages", "mathjax", "source.html.gz"));

        var outcome = new ArticleCleaner().Clean(new RawInput(page, "mathjax.html"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal("https://mathjax.github.io/MathJax-demos-web/mml-chtml.html", outcome.Result!.Articles[0].Url);
    }

    [Fact]
    public void A_singlefile_page_tells_its_address_and_when_it_was_saved()
    {
        var page = "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n url: https://example.org/2024/budget \n saved date: Tue Jan 09 2024 10:30:00 GMT+0100 (Central European Standard Time)\n--><head>"u8;

        Assert.Equal(("https://example.org/2024/budget", new DateTimeOffset(2024, 1, 9, 10, 30, 0, TimeSpan.FromHours(1))), SavedPageComment.Read(page));
    }

    [Theory]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html>")]
    [InlineData("<html><body><p>Pages saved from url=(0047) comments are read.</p>")]
    [InlineData("<html><body><p>The article.</p></body></html>")]
    public void Pages_without_a_saving_comment_or_with_no_web_address_in_it_give_nothing(string page)
    {
        Assert.Equal((null, null), SavedPageComment.Read(Encoding.ASCII.GetBytes(page)));
    }

    [Fact]
    public void The_save_time_bounds_the_page_dates()
    {
        var page = "<html><!--\r\n Page saved with SingleFile \r\n url: https://example.org/a \r\n saved date: Mon May 12 2025 08:00:00 GMT+0000 (Coordinated Universal Time)\r\n-->"
            + "<head><meta property=\"article:published_time\" content=\"2025-05-14T10:00:00Z\"></head><body><article><h1>Budget agreed</h1>"
            + "<p>Published 11 May 2025.</p>" + string.Concat(Enumerable.Repeat("<p>Ministers met on Tuesday and agreed on a budget for the coming year after long talks.</p>", 5)) + "</article></body></html>";

        var outcome = new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(page), "page.html", LastModified: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal("2025-05-11", outcome.Result!.Articles[0].PublishedAt);
    }
}
