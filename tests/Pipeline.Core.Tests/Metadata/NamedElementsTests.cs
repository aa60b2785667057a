using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Metadata;

public sealed class NamedElementsTests
{
    [Fact]
    public void Tag_name_walks_find_what_the_selector_engine_finds_on_dataset_pages()
    {
        var (headings, headers) = (0, 0);
        foreach (var html in DatasetPageText.AebHtml(60).Append("<main><header><H1>A</H1></header></main><article><header>B</header></article><header>C</header>"))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var element in document.All.Where(e => e.LocalName is "div" or "article" or "main" or "section" or "body" or "header" or "h1"))
            {
                Assert.Same(element.QuerySelector("h1"), NamedElements.FirstDescendant(element, "h1"));
                Assert.Same(element.Closest("article, main"), NamedElements.Closest(element, "article", "main"));
                Assert.Same(element.Closest("article"), NamedElements.Closest(element, "article"));
                headings += element.LocalName == "h1" ? 1 : 0;
                headers += element.LocalName == "header" ? 1 : 0;
            }

            Assert.Same(document.QuerySelector("h1"), NamedElements.FirstDescendant(document, "h1"));
        }

        Assert.True(headings > 40 && headers > 40, $"only {headings} headings and {headers} headers");
    }

    [Fact]
    public void The_main_heading_picked_from_the_page_wide_h1_list_is_the_one_the_tag_name_walks_find_on_dataset_pages()
    {
        var (checkedRoots, rootsWithoutHeading) = (0, 0);
        foreach (var html in DatasetPageText.AebHtml(60).Append("<table><tr><td><h1>In a cell</h1></td></tr><h1>Foster-parented</h1></table><div><h1>Later</h1></div>"))
        {
            using var document = HtmlDocumentParser.Parse(html);
            var elements = PageWideElements.Of(document);
            Assert.Equal(document.QuerySelectorAll("h1"), elements.MainHeadings);
            Assert.Equal(document.ElementsNamed("meta"), elements.Meta);
            Assert.Equal(document.ElementsNamed("script"), elements.Scripts);
            Assert.Same(NamedElements.FirstDescendant(document, "h1"), ArticleHeadScanner.MainHeading(null, elements.MainHeadings));
            foreach (var root in document.All.Where(e => e.LocalName is "div" or "article" or "main" or "section" or "body" or "td" or "h1"))
            {
                var walked = ArticleHeadScanner.MainHeading(root, NamedElements.FirstDescendant(root, "h1"), NamedElements.FirstDescendant(document, "h1"));
                Assert.Same(walked, ArticleHeadScanner.MainHeading(root, elements.MainHeadings));
                checkedRoots++;
                rootsWithoutHeading += NamedElements.FirstDescendant(root, "h1") is null ? 1 : 0;
            }
        }

        Assert.True(checkedRoots > 1000 && rootsWithoutHeading > 100, $"only {checkedRoots} roots, {rootsWithoutHeading} without a heading");
    }
}
