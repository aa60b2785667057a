using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Whether an element stands in a reader-comment region, by its own or its ancestors' classes and ids.</summary>
public sealed class ReaderCommentRegionTests
{
    private readonly ReaderCommentRegion _comments = new(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("<div class=\"comment-list\"><p><time>12.01.2017</time></p></div>", true)]
    [InlineData("<div id=\"comments\"><p><time>12.01.2017</time></p></div>", true)]
    [InlineData("<div class=\"details\"><p><time>12.01.2017</time></p></div>", false)]
    [InlineData("<div class=\"post comments-open\"><p><time>12.01.2017</time></p></div>", false)]
    public void A_comment_region_is_named_by_an_ancestors_class_or_id_not_by_a_state_class(string body, bool expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{body}</body></html>");
        Assert.Equal(expected, _comments.Contains(document.QuerySelector("time")!));
    }

    [Fact]
    public void The_body_class_says_what_the_page_holds_not_what_an_element_is()
    {
        using var document = HtmlDocumentParser.Parse("<html><body class=\"comments\"><p><time>12.01.2017</time></p></body></html>");
        Assert.False(_comments.Contains(document.QuerySelector("time")!));
    }
}
