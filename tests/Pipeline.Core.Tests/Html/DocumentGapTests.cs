using Pipeline.Core.Html;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class DocumentGapTests
{
    [Fact]
    public void A_button_between_two_elements_leaves_the_gap_narrow_across_their_parents()
    {
        var body = HtmlTestDocuments.Body("<div><div id=a><img src=x.jpg></div><span>Bildbeschreibung einblenden</span></div><div><p id=b>Caption</p></div>");

        Assert.True(DocumentGap.IsNarrow(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
    }

    [Fact]
    public void A_paragraph_between_two_elements_makes_the_gap_wide()
    {
        var body = HtmlTestDocuments.Body($"<div id=a><img src=x.jpg></div><p>{HtmlTestDocuments.Paragraph("Story")}</p><div id=b>Credit</div>");

        Assert.False(DocumentGap.IsNarrow(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
    }

    [Fact]
    public void An_element_before_the_first_or_inside_it_is_not_after_it()
    {
        var body = HtmlTestDocuments.Body("<div id=b>Caption</div><div id=a><span id=inner>x</span></div>");

        Assert.False(DocumentGap.IsNarrow(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
        Assert.False(DocumentGap.IsNarrow(body.QuerySelector("#a")!, body.QuerySelector("#inner")!));
    }

    [Fact]
    public void Thousands_of_empty_elements_between_make_the_gap_wide_without_walking_them_all()
    {
        var body = HtmlTestDocuments.Body("<div id=a></div>" + string.Concat(Enumerable.Repeat("<div></div>", 50_000)) + "<div id=b>Caption</div>");

        Assert.False(DocumentGap.IsNarrow(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
    }
}
