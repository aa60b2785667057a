using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class ChildIterationTests
{
    [Fact]
    public void Element_children_are_the_child_elements_in_document_order_without_text()
    {
        var body = HtmlTestDocuments.Body("text <p id=a>1</p> more <div id=b>2</div><!-- c --><span id=c>3</span> tail");
        var ids = new List<string?>();
        foreach (var child in body.ElementChildren())
        {
            ids.Add(child.Id);
        }

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public void Node_children_are_every_child_node_in_document_order()
    {
        var body = HtmlTestDocuments.Body("text <p>1</p> tail");
        var kinds = new List<NodeType>();
        foreach (var child in body.NodeChildren())
        {
            kinds.Add(child.NodeType);
        }

        Assert.Equal([NodeType.Text, NodeType.Element, NodeType.Text], kinds);
    }

    [Fact]
    public void A_parent_with_many_children_is_walked_in_linear_time()
    {
        // Sibling properties search the parent's child list at every step: 20,000 children took seconds that way.
        var body = HtmlTestDocuments.Body(string.Concat(Enumerable.Repeat("<p>x</p> ", 20_000)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        for (var pass = 0; pass < 10; pass++)
        {
            foreach (var child in body.ElementChildren())
            {
                count += child.ChildElementCount + 1;
            }
        }

        Assert.Equal(200_000, count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Elements_named_are_those_get_elements_by_tag_name_finds_in_the_same_order()
    {
        var checkedPages = 0;
        foreach (var html in Matching.DatasetPageText.AebHtml(30))
        {
            using var document = HtmlDocumentParser.Parse(html);
            foreach (var name in (string[])["meta", "script", "time", "a"])
            {
                Assert.Equal(document.GetElementsByTagName(name), document.ElementsNamed(name));
            }

            checkedPages++;
        }

        Assert.Equal(30, checkedPages);
    }

    [Fact]
    public void Elements_of_two_names_found_in_one_walk_are_those_each_name_finds_alone()
    {
        var checkedPages = 0;
        foreach (var html in Matching.DatasetPageText.AebHtml(30))
        {
            using var document = HtmlDocumentParser.Parse(html);
            var (metas, scripts) = document.ElementsNamed("meta", "script");

            Assert.Equal(document.ElementsNamed("meta"), metas);
            Assert.Equal(document.ElementsNamed("script"), scripts);
            checkedPages++;
        }

        Assert.Equal(30, checkedPages);
    }
}
