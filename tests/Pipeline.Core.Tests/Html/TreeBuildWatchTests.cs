using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Html;

/// <summary>The parse itself is guarded: markup that would hold AngleSharp's tree builder for minutes is stopped while it is read.</summary>
public sealed class TreeBuildWatchTests
{
    private const int MaxElements = 200_000;
    private const int MaxDepth = 512;

    private static readonly string Prose = "<h1>Harbour ferry returns</h1><p>" +
        string.Concat(Enumerable.Repeat("The ferry resumed its crossings on Monday after a month of repairs to the pier. ", 5)) + "</p>";

    [Theory]
    [InlineData("div", 200_000)]
    [InlineData("b", 200_000)]
    [InlineData("g", 200_000)]
    public async Task Markup_nesting_thousands_of_unclosed_elements_is_rejected_as_too_deep(string tag, int count)
    {
        // Each unclosed block made the tree builder scan its whole stack of open elements: 200,000 <div> took minutes, past the budget.
        var open = tag == "g" ? "<svg>" : "";
        var html = $"<html><body>{Prose}{open}{string.Concat(Enumerable.Repeat($"<{tag}>", count))}text</body></html>";

        var outcome = await CleanUnhurried(html);

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureReason.TreeTooDeep, outcome.Failure.Reason);
        Assert.Equal("The HTML markup keeps too many elements open over too much of the page to parse in time.", outcome.Failure.Message);
    }

    [Fact]
    public async Task Stray_end_tags_under_a_deep_stack_are_rejected_as_too_deep_though_they_create_no_element()
    {
        var html = $"<html><body>{Prose}{string.Concat(Enumerable.Repeat("<span>", 1_000))}{string.Concat(Enumerable.Repeat("</em>", 2_000_000))}</body></html>";

        var outcome = await CleanUnhurried(html);

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureReason.TreeTooDeep, outcome.Failure.Reason);
    }

    [Fact]
    public void Parse_stops_at_the_element_limit_instead_of_building_the_whole_tree()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<i></i>", 1_000_000)) + "</body></html>";

        var e = Assert.Throws<InputRejectedException>(() => HtmlDocumentParser.Parse(html.AsMemory(), 10_000, MaxDepth, CancellationToken.None));

        Assert.Equal(FailureReason.TreeTooLarge, e.Reason);
        Assert.Equal("The HTML tree has more than 10000 elements.", e.Message);
    }

    [Fact]
    public void Parse_stops_when_its_budget_is_cancelled()
    {
        // The watch looks every 1,024 elements.
        var html = DatasetPageText.AebHtml(60).MaxBy(ElementCount)!;
        Assert.True(ElementCount(html) > 1_024, $"{ElementCount(html)} elements");

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => HtmlDocumentParser.Parse(html.AsMemory(), MaxElements, MaxDepth, cancelled.Token));
    }

    [Fact]
    public void Parse_rejects_a_tree_deeper_than_a_limit_below_the_parsers_own()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3_000)) + "text</body></html>";

        var e = Assert.Throws<InputRejectedException>(() => HtmlDocumentParser.Parse(html.AsMemory(), MaxElements, 100, CancellationToken.None));

        Assert.Equal(FailureReason.TreeTooDeep, e.Reason);
        Assert.Equal("The HTML tree is nested deeper than 100 levels.", e.Message);
    }

    [Fact]
    public async Task Dataset_page_whose_comment_thread_leaves_a_thousand_blocks_open_is_still_cleaned_as_before()
    {
        // A CMS that forgets to close each comment's box nests the thread past the parser's 512 levels, which it flattens: the article
        // above is as readable as ever, and the parse's work stays far below the limit.
        var page = DatasetPageText.AebHtml(1)[0];
        var thread = string.Concat(Enumerable.Range(1, 1_000).Select(i => $"<div class=comment><p>Reader {i} wrote a reply.</p>"));
        var broken = page.Replace("</body>", thread + "</body>", StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(page, broken);

        var before = await CleanUnhurried(page);
        var after = await CleanUnhurried(broken);

        Assert.True(after.Succeeded, after.Failure?.Message);
        Assert.Equal(before.Result!.Articles[0].Text, after.Result.Articles[0].Text);
    }

    [Fact]
    public void Every_aeb_page_parses_under_the_watch_to_the_same_tree_as_without_it()
    {
        foreach (var html in DatasetPageText.AebHtml(200))
        {
            using var watched = HtmlDocumentParser.Parse(html.AsMemory(), MaxElements, MaxDepth, CancellationToken.None);
            using var plain = HtmlDocumentParser.Parse(html);

            Assert.Equal(plain.All.Length, watched.All.Length);
            Assert.Equal(plain.Body?.TextContent, watched.Body?.TextContent);
        }
    }

    private static int ElementCount(string html)
    {
        using var document = HtmlDocumentParser.Parse(html);
        return document.All.Length;
    }

    /// <summary>
    /// Cleans with a time budget no machine reaches before the watch's work limit: these tests are about which guard names the markup,
    /// and on a loaded test machine (two cores, every test class in parallel) the default 10 s budget could fire first. How fast the
    /// rejection comes is measured outside unit tests (README, guards); the budget's own path is tested with a cancelled token.
    /// </summary>
    private static Task<CleanOutcome> CleanUnhurried(string html) =>
        Task.Run(() => new ArticleCleaner(new CleanerOptions { TimeBudget = TimeSpan.FromMinutes(5) })
            .Clean(new RawInput(Encoding.UTF8.GetBytes(html), "page.html", "text/html", null))).WaitAsync(TimeSpan.FromMinutes(6));
}
