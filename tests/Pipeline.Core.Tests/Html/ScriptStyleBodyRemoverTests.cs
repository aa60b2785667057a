using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class ScriptStyleBodyRemoverTests
{
    private static readonly int PagesPerDataset = int.TryParse(Environment.GetEnvironmentVariable("REMOVER_PAGES_PER_DATASET"), out var n) ? n : 25;

    private static readonly ScriptStyleBodyRemover Remover = new(RuleSet.Embedded.Metadata.ScriptDateKeys);

    [Fact]
    public void A_script_body_is_emptied_up_to_its_end_tag()
    {
        Assert.Equal("<p>a</p><script></script><p>b</p>", Remover.Remove("<p>a</p><script>var x = 1 < 2;</script><p>b</p>"));
    }

    [Fact]
    public void An_end_tag_split_inside_a_string_does_not_end_the_script()
    {
        const string Html = "<script>document.write('<scr' + 'ipt>x</scr' + 'ipt>'); var s = \"</scr\" + \"ipt>\";</script><p>after</p>";

        Assert.Equal("<script></script><p>after</p>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void An_upper_case_end_tag_with_a_space_ends_the_script()
    {
        Assert.Equal("<SCRIPT type=\"text/javascript\"></SCRIPT ><p>b</p>", Remover.Remove("<SCRIPT type=\"text/javascript\">a()</SCRIPT ><p>b</p>"));
    }

    [Fact]
    public void An_end_tag_name_followed_by_a_letter_does_not_end_the_script()
    {
        const string Html = "<script>a = '</scripts>'; b = '</script-'; c = 1</script><p>b</p>";

        Assert.Equal("<script></script><p>b</p>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void Json_ld_is_kept_verbatim()
    {
        const string Html = "<script type=\"application/LD+JSON\">{\"headline\":\"</p> a < b\"}</script><script>x()</script>";

        Assert.Equal("<script type=\"application/LD+JSON\">{\"headline\":\"</p> a < b\"}</script><script></script>", Remover.Remove(Html));
    }

    [Fact]
    public void A_script_holding_a_publication_date_key_is_kept_verbatim()
    {
        const string Html = "<script>window.__STATE__ = {\"publishedAt\":\"2024-01-02T10:00:00Z\"};</script><script>track()</script>";

        Assert.Equal("<script>window.__STATE__ = {\"publishedAt\":\"2024-01-02T10:00:00Z\"};</script><script></script>", Remover.Remove(Html));
    }

    [Fact]
    public void A_style_is_emptied()
    {
        Assert.Equal("<style media=\"x>y\"></style><p>a</p>", Remover.Remove("<style media=\"x>y\">p > a { color: red } /* </p> */</style><p>a</p>"));
    }

    [Fact]
    public void Comment_text_is_emptied_and_a_script_inside_a_comment_is_no_script()
    {
        const string Html = "<!-- <script> --><p>a</p><!--[if IE]><script>x</script><![endif]--><p>b</p><!--->c";

        Assert.Equal("<!----><p>a</p><!----><p>b</p><!--->c", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void A_script_with_an_html_comment_and_a_nested_script_tag_ends_where_the_tokenizer_ends_it()
    {
        // Inside "<!--", a "<script>" hides the next "</script>" until "-->": the script ends at the second end tag.
        const string Html = "<script><!-- document.write('<script>inner</script>'); --></script><p>after</p>";

        Assert.Equal("<script></script><p>after</p>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
        AssertSameTreeExceptEmptiedBodies("<script><!--<script></script>x</script><p>swallowed?</p>--></script><p>y</p>");
    }

    [Fact]
    public void A_script_inside_svg_is_markup_and_kept()
    {
        const string Html = "<svg><script>if (a < b) {}</script><style>.c{}</style><title>Share</title></svg><script>x()</script>";

        Assert.Equal("<svg><script>if (a < b) {}</script><style>.c{}</style><title>Share</title></svg><script>x()</script>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void Plain_svg_is_followed_and_scripts_after_it_are_emptied()
    {
        const string Html = "<svg viewBox=\"0 0 1 1\"><title>Share</title><style>.a{fill:red}</style><g><path d=\"M0 0\"/></g></svg><script>x()</script>";

        Assert.Equal("<svg viewBox=\"0 0 1 1\"><title>Share</title><style>.a{fill:red}</style><g><path d=\"M0 0\"/></g></svg><script></script>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void An_unterminated_script_keeps_everything_after_it()
    {
        const string Html = "<style>a{}</style><script>var a = 1; <p>not markup</p>";

        Assert.Equal("<style></style><script>var a = 1; <p>not markup</p>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void Textarea_title_and_attribute_values_hide_script_tags()
    {
        const string Html = "<title>a <script> b</title><textarea><script>x</script></textarea><div data-x=\"<script>\" title='>'>t</div><script>y</script>";

        Assert.Equal("<title>a <script> b</title><textarea><script>x</script></textarea><div data-x=\"<script>\" title='>'>t</div><script></script>", Remover.Remove(Html));
        AssertSameTreeExceptEmptiedBodies(Html);
    }

    [Fact]
    public void Plaintext_and_frameset_leave_the_rest_unchanged()
    {
        Assert.Equal("<script></script><plaintext><script>x</script>", Remover.Remove("<script>a</script><plaintext><script>x</script>"));
        Assert.Equal("<frameset><script>x</script>", Remover.Remove("<frameset><script>x</script>"));
    }

    [Fact]
    public void Source_without_scripts_styles_or_comments_is_returned_as_it_is()
    {
        const string Html = "<p>a</p><div>b</div>";

        Assert.Same(Html, Remover.Remove(Html));
    }

    [Theory]
    [InlineData("<select><style>option{}</style><option>a</select><style>b{}</style>")]
    [InlineData("<select><style><b>x</b></style><option>a</select><script>q</script>")]
    [InlineData("<noscript><style>a{}</style><img src=x></noscript><script>z</script>")]
    [InlineData("<table><style>t{}</style><script>s</script><tr><td>x</td></tr></table>")]
    [InlineData("<svg><foreignObject><div><script>a</script></div></foreignObject></svg><script>b</script>")]
    [InlineData("<svg><p><script>'</svg>'</script><style>x{}</style>")]
    [InlineData("<math><mi>x</mi><mtext><script>y</script></mtext></math><style>z{}</style>")]
    [InlineData("<svg><![CDATA[ <script> ]]></svg><script>c</script>")]
    [InlineData("<svg/><script>c</script><math/><style>s{}</style>")]
    [InlineData("<template><script>t</script><style>u{}</style></template><p>x</p>")]
    [InlineData("<xmp><script>a</script></xmp><iframe><style></iframe><noembed><script></noembed><script>b</script>")]
    [InlineData("<script></script ><script>a</script\t><script>b</script/><script>c</script x='>'>d")]
    [InlineData("<!DOCTYPE html><html><head><!-- c --><script>a</script></head><body><!-- x --!><p>y</p><!-- z --!> -->w</body></html>")]
    [InlineData("<a b=c/><script>a</script><a =x><script>b</script><a \"q\"='<script>'><script>c</script>")]
    [InlineData("<script><!--<script>--></script><p>after</p>")]
    [InlineData("<script><!--<script></script ><!--></script><p>after</p>")]
    [InlineData("<script><!-- x <SCRIPT>y</SCRIPT> z --></script>")]
    public void Tricky_sources_give_the_same_tree_with_only_script_and_style_text_gone(string html) => AssertSameTreeExceptEmptiedBodies(html);

    [Fact]
    public void On_dataset_pages_the_tree_is_the_whole_source_tree_with_only_script_and_style_text_gone()
    {
        var datasets = new[] { "aeb", "fundus-eval", "fundus", "trafilatura", "htmldate", "readability" };
        var checkedPages = 0;
        foreach (var dataset in datasets)
        {
            var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, dataset), "*.html.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(PagesPerDataset);
            foreach (var path in pages)
            {
                var decoded = InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileName(path), "text/html", null), new CleanerOptions());
                AssertSameTreeExceptEmptiedBodies(decoded.Text, path);
                checkedPages++;
            }
        }

        Assert.True(checkedPages >= 150);
    }

    [Fact]
    public void The_tree_comparison_sees_lost_text_outside_scripts_and_styles()
    {
        using var whole = HtmlDocumentParser.Parse("<p>a</p><script>x</script><p>b</p>");
        using var lostText = HtmlDocumentParser.Parse("<p>a</p><script></script><p></p>");
        using var lostElement = HtmlDocumentParser.Parse("<p>a</p><script>x</script>");

        Assert.NotNull(FirstDifference(whole, lostText, ""));
        Assert.NotNull(FirstDifference(whole, lostElement, ""));
        Assert.Null(FirstDifference(whole, HtmlDocumentParser.Parse("<p>a</p><script></script><p>b</p>"), ""));
    }

    /// <summary>The tree parsed from the trimmed source is the whole source's tree, except that script and style elements may have lost their text.</summary>
    internal static void AssertSameTreeExceptEmptiedBodies(string html, string? name = null)
    {
        using var whole = HtmlDocumentParser.Parse(html);
        using var trimmed = HtmlDocumentParser.Parse(Remover.Remove(html));
        var difference = FirstDifference(whole, trimmed, "");
        Assert.True(difference is null, $"{name ?? html}: {difference}");
    }

    private static string? FirstDifference(INode whole, INode trimmed, string path)
    {
        if (whole is IElement e && trimmed is IElement t)
        {
            if (e.NamespaceUri != t.NamespaceUri || e.LocalName != t.LocalName)
            {
                return $"{path}: element {e.LocalName} became {t.LocalName}";
            }

            var wholeAttributes = string.Join(" ", e.Attributes.Select(a => $"{a.Name}={a.Value}"));
            var trimmedAttributes = string.Join(" ", t.Attributes.Select(a => $"{a.Name}={a.Value}"));
            if (wholeAttributes != trimmedAttributes)
            {
                return $"{path}/{e.LocalName}: attributes {wholeAttributes} became {trimmedAttributes}";
            }

            if (e.NamespaceUri == NamespaceNames.HtmlUri && e.LocalName is "script" or "style" && t.ChildNodes.Length == 0
                && e.ChildNodes.All(n => n.NodeType == NodeType.Text))
            {
                return null;
            }

            if (e is IHtmlTemplateElement wt && t is IHtmlTemplateElement tt && FirstDifference(wt.Content, tt.Content, path + "/template") is { } inTemplate)
            {
                return inTemplate;
            }
        }
        else if (whole.NodeType != trimmed.NodeType || (whole.NodeType == NodeType.Text && whole.TextContent != trimmed.TextContent))
        {
            return $"{path}: {whole.NodeType} '{Short(whole.TextContent)}' became {trimmed.NodeType} '{Short(trimmed.TextContent)}'";
        }

        var count = Math.Max(whole.ChildNodes.Length, trimmed.ChildNodes.Length);
        for (var i = 0; i < count; i++)
        {
            if (i >= whole.ChildNodes.Length || i >= trimmed.ChildNodes.Length)
            {
                return $"{path}/{whole.NodeName}: {whole.ChildNodes.Length} children became {trimmed.ChildNodes.Length}";
            }

            if (FirstDifference(whole.ChildNodes[i], trimmed.ChildNodes[i], $"{path}/{whole.NodeName}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] : text;
}
