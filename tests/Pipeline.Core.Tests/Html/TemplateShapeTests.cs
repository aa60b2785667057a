using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class TemplateShapeTests
{
    [Fact]
    public void Instances_of_one_builder_template_share_a_shape_whatever_their_instance_numbers()
    {
        // WPBakery/tagDiv markup: each column carries its own numbered token beside the template's classes.
        var body = HtmlTestDocuments.Body("""<div id="a" class="tdi_3_118 wpb_column"></div><div id="b" class="wpb_column tdi_11_47e"></div>""");

        Assert.True(TemplateShape.Same(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
    }

    [Theory]
    [InlineData("""<div id="a" class="con"></div><section id="b" class="con"></section>""")]
    [InlineData("""<div id="a" class="con"></div><div id="b" class="con cssBoxTeaserStandard"></div>""")]
    [InlineData("""<div id="a" class="con"></div><div id="b"></div>""")]
    public void Another_tag_or_another_unnumbered_class_is_another_shape(string html)
    {
        var body = HtmlTestDocuments.Body(html);

        Assert.False(TemplateShape.Same(body.QuerySelector("#a")!, body.QuerySelector("#b")!));
    }
}
