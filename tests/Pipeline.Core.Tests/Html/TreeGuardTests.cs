using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Html;

public class TreeGuardTests
{
    [Fact]
    public void Tree_with_more_elements_than_allowed_is_rejected_as_too_large()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 50)) + "</body></html>";
        using var document = HtmlDocumentParser.Parse(html);

        var e = Assert.Throws<InputRejectedException>(() => TreeGuard.Check(document, maxElements: 20, maxDepth: 100, CancellationToken.None));

        Assert.Equal(FailureReason.TreeTooLarge, e.Reason);
    }

    [Fact]
    public void Tree_nested_deeper_than_allowed_is_rejected_as_too_deep()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 40; i++)
        {
            html.Append("<div>");
        }

        using var document = HtmlDocumentParser.Parse(html.Append("deep</body></html>").ToString());

        var e = Assert.Throws<InputRejectedException>(() => TreeGuard.Check(document, maxElements: 1000, maxDepth: 20, CancellationToken.None));

        Assert.Equal(FailureReason.TreeTooDeep, e.Reason);
    }

    [Fact]
    public void Ordinary_page_passes_the_guard()
    {
        using var document = HtmlDocumentParser.Parse("<html><body><div><p>text</p></div></body></html>");

        var elements = TreeGuard.Check(document, maxElements: 10, maxDepth: 10, CancellationToken.None);

        Assert.Equal(5, document.All.Length);
        Assert.Equal(5, elements);
    }

    [Fact]
    public void Guard_walk_collects_the_page_wide_elements_their_own_walk_finds_in_document_order_on_dataset_pages()
    {
        var (meta, scripts, headings) = (0, 0, 0);
        foreach (var html in DatasetPageText.AebHtml(60).Append("<table><tr><td><h1>In a cell</h1></td></tr><h1>Foster-parented</h1></table><div><H1>Later</H1><meta name=a><script>b</script></div>"))
        {
            using var document = HtmlDocumentParser.Parse(html);
            var collected = PageWideElements.Collecting();

            var count = TreeGuard.Check(document, maxElements: 1_000_000, maxDepth: 512, CancellationToken.None, collected);

            var walked = PageWideElements.Of(document);
            Assert.Equal(document.All.Length, count);
            Assert.Equal(walked.Meta, collected.Meta);
            Assert.Equal(walked.Scripts, collected.Scripts);
            Assert.Equal(walked.MainHeadings, collected.MainHeadings);
            (meta, scripts, headings) = (meta + collected.Meta.Count, scripts + collected.Scripts.Count, headings + collected.MainHeadings.Count);
        }

        Assert.True(meta > 500 && scripts > 500 && headings > 40, $"only {meta} meta, {scripts} scripts, {headings} headings");
    }

    [Fact]
    public void Cleaner_reports_a_too_deep_page_as_a_failure_not_an_exception()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "<p>text</p></body></html>";
        var cleaner = new ArticleCleaner(new CleanerOptions { MaxDepth = 50 });

        var outcome = cleaner.Clean(new Pipeline.Core.Input.RawInput(Encoding.UTF8.GetBytes(html), "deep.html", "text/html", null));

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureReason.TreeTooDeep, outcome.Failure!.Reason);
    }
}
