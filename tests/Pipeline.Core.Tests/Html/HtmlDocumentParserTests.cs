using AngleSharp.Html.Construction;
using Pipeline.Core.Html;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Html;

public sealed class HtmlDocumentParserTests
{
    [Fact]
    public void A_released_document_hands_back_its_tree_builder_and_keeps_its_tree_readable()
    {
        var html = DatasetPageText.AebHtml(1)[0];
        var document = HtmlDocumentParser.Parse(html);
        var text = document.Body!.TextContent;
        Assert.NotNull(((IConstructableDocument)document).Builder);

        HtmlDocumentParser.Release(document);

        Assert.Null(((IConstructableDocument)document).Builder);
        Assert.Equal(text, document.Body!.TextContent);
        using var next = HtmlDocumentParser.Parse(html);
        Assert.Equal(text, next.Body!.TextContent);
    }

    [Fact]
    public void The_threads_next_parse_after_a_release_allocates_no_more_than_after_a_dispose()
    {
        // The tokenizer buffers Release hands back are what the next parse would otherwise allocate anew (about half the parse's allocation).
        var html = DatasetPageText.AebHtml(3).MaxBy(h => h.Length)!;
        HtmlDocumentParser.Parse(html).Dispose();
        var afterDispose = NextParseAllocation(html, HtmlDocumentParser.Parse(html).Dispose);
        var released = HtmlDocumentParser.Parse(html);
        var afterRelease = NextParseAllocation(html, () => HtmlDocumentParser.Release(released));

        Assert.True(afterRelease <= afterDispose * 1.05, $"{afterRelease} bytes after a release, {afterDispose} after a dispose");
    }

    private static long NextParseAllocation(string html, Action handBack)
    {
        handBack();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = HtmlDocumentParser.Parse(html);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        document.Dispose();
        return allocated;
    }
}
