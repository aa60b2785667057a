using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The regions whose text is never the article's heading, byline or date, and the exceptions that hold the story.</summary>
public sealed class ExcludedRegionsTests
{
    private static readonly ExcludedRegions Regions = new(
        ClassIdPattern.OfWords(RuleSet.Embedded.Metadata.ExcludedRegionPatterns), ClassIdPattern.OfWords(RuleSet.Embedded.Metadata.CaptionClassPatterns));

    private static IDocument Parse(string body) => HtmlDocumentParser.Parse("<html><body>" + body + "</body></html>");

    [Theory]
    [InlineData("has-sidebar", true)]
    [InlineData("no-comments", true)]
    [InlineData("comments", false)]
    [InlineData("sidebar-has", false)]
    public void Wrapper_state_classes_are_told_from_region_names(string token, bool state) =>
        Assert.Equal(state, ExcludedRegions.StateClass().IsMatch(token));

    [Fact]
    public void A_region_named_by_its_class_is_excluded_unless_the_name_is_a_state_or_a_byline_also()
    {
        using var document = Parse("<div class=\"related-posts\">a</div><div class=\"has-sidebar\">b</div>");
        var related = document.QuerySelector(".related-posts")!;
        var wrapper = document.QuerySelector(".has-sidebar")!;

        Assert.True(Regions.IsNamedByClass(related, "related-posts ", HeadClassMarks.Excluded));
        Assert.False(Regions.IsNamedByClass(related, "related-posts ", HeadClassMarks.Excluded | HeadClassMarks.Date));
        Assert.False(Regions.IsNamedByClass(wrapper, "has-sidebar ", HeadClassMarks.Excluded));
    }

    [Fact]
    public void A_caption_styled_line_is_excluded_only_beside_a_picture()
    {
        using var document = Parse("<header><h1>Title</h1><p class=\"caption\">5 March 2024</p></header><div><img src=\"a.jpg\"><p class=\"caption\">Photo: Jane Doe</p></div>");
        var captions = document.QuerySelectorAll(".caption");

        Assert.False(Regions.IsNamedByClass(captions[0], "caption ", HeadClassMarks.Excluded));
        Assert.True(Regions.IsNamedByClass(captions[1], "caption ", HeadClassMarks.Excluded));
    }

    [Fact]
    public void An_excluded_tag_that_wraps_the_article_holds_it()
    {
        using var document = Parse("<form id=\"page\"><h1>Title</h1></form><form id=\"search\"><input></form><nav id=\"menu\">Menu</nav>");
        var ancestors = new HashSet<IElement> { document.QuerySelector("#page")! };

        Assert.False(ExcludedRegions.HasExcludedTag(document.QuerySelector("#page")!, "form", ancestors));
        Assert.True(ExcludedRegions.HasExcludedTag(document.QuerySelector("#search")!, "form", ancestors));
        Assert.True(ExcludedRegions.HasExcludedTag(document.QuerySelector("#menu")!, "nav", [document.QuerySelector("#menu")!]));
    }

    [Fact]
    public void A_drop_down_that_swallowed_the_article_in_the_parse_holds_it_while_a_real_one_stays_excluded()
    {
        // A station picker with an unclosed link in an option: the parser nests the whole article, heading and date line, in the option.
        using var document = Parse(
            "<select id=\"picker\"><option>EMISORAS</option><option>Córdoba</option></select>"
            + "<div class=\"select-emisoras\"><select name=\"forma\" size=\"1\"><option>EMISORAS</option>"
            + "<option value=\"/category/buenos-aires/\" title=\"Buenos Aires\"><a href=\"\">BUENOS AIRES"
            + "<option value=\"/category/lra-27-catamarca/\" title=\"Catamarca\">CATAMARCA</option></select></div>"
            + "<div class=\"post-container\"><article role=\"article\"><header class=\"article-header\">"
            + "<h2 class=\"post-title\">Comunidad Regional de Calamuchita rechazó la idea de una cápsula turística</h2>"
            + "<p class=\"post-meta vsmall\"><span class=\"post-meta-date\">06/10/2020</span></p></header>"
            + "<section class=\"entry-content\"><p>La Comunidad Regional Calamuchita emitió un comunicado.</p></section></article></div>");
        var swallowing = document.QuerySelector("select[name=forma]")!;
        var date = document.QuerySelector(".post-meta-date")!;
        var picker = document.QuerySelector("#picker")!;
        Assert.True(swallowing.Contains(date));

        Assert.False(ExcludedRegions.HasExcludedTag(swallowing, "select", []));
        Assert.True(ExcludedRegions.HasExcludedTag(picker, "select", []));
        Assert.True(ExcludedRegions.HasExcludedTag(picker.QuerySelector("option")!, "option", []));
    }

    [Fact]
    public void A_header_outside_the_article_is_the_sites_banner()
    {
        using var document = Parse("<header id=\"site\">Logo</header><article><header id=\"story\"><h1>Title</h1></header></article><div id=\"top\" role=\"banner\">Clock</div>");

        Assert.True(ExcludedRegions.IsSiteBanner(document.QuerySelector("#site")!, "header", default));
        Assert.False(ExcludedRegions.IsSiteBanner(document.QuerySelector("#story")!, "header", default));
        var top = document.QuerySelector("#top")!;
        Assert.True(ExcludedRegions.IsSiteBanner(top, "div", ScannedAttributes.Of(top)));
    }

    [Fact]
    public void An_aside_in_the_storys_article_or_a_short_byline_aside_holds_the_story()
    {
        using var document = Parse("<article><h1>Title</h1><aside id=\"details\">Published 5 March</aside></article><aside id=\"credit\" class=\"author\">By Jane Doe</aside><aside id=\"sidebar\">Popular</aside>");
        var story = document.QuerySelector("article");

        Assert.True(ExcludedRegions.IsStoryAside(document.QuerySelector("#details")!, "aside", story));
        Assert.False(ExcludedRegions.IsStoryAside(document.QuerySelector("#sidebar")!, "aside", story));
        Assert.True(ExcludedRegions.IsBylineAside(document.QuerySelector("#credit")!, "aside", HeadClassMarks.Byline));
        Assert.False(ExcludedRegions.IsBylineAside(document.QuerySelector("#sidebar")!, "aside", 0));
    }

    [Fact]
    public void A_figure_whose_caption_names_the_writer_beside_a_time_is_a_byline_card()
    {
        // abendblatt.de's byline card: the writer's portrait, then <figcaption><address>Von <a rel="author">…</a></address><time>.
        using var document = Parse("<figure id=\"card\"><a rel=\"author\" href=\"/autoren/vivien-valentiner/\"><img src=\"v.jpg\"></a><figcaption><address>Von "
            + "<a rel=\"author\" href=\"/autoren/vivien-valentiner/\">Vivien Valentiner</a></address><time datetime=\"2025-11-06T16:06:23.000Z\">06.11.2025, 17:06 Uhr</time>"
            + "</figcaption></figure><figure id=\"photo\"><img src=\"p.jpg\"><figcaption>The harbour on <time datetime=\"2019-03-03\">3 March 2019</time>. Photo: Jane Doe</figcaption></figure>");

        Assert.True(ExcludedRegions.IsBylineCard(document.QuerySelector("#card")!, "figure"));
        Assert.True(ExcludedRegions.IsBylineCard(document.QuerySelector("#card figcaption")!, "figcaption"));
        Assert.False(ExcludedRegions.IsBylineCard(document.QuerySelector("#photo")!, "figure"));
        Assert.False(ExcludedRegions.IsBylineCard(document.QuerySelector("#card a")!, "a"));
    }
}
