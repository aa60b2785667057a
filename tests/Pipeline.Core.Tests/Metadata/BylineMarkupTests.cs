using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Byline elements told by their markup, and links to an author's page on the page's own site.</summary>
public sealed class BylineMarkupTests
{
    private static readonly AuthorPageLink AuthorLinks = new(RuleSet.Embedded.Metadata.AuthorLinkPatterns);
    private static readonly BylineMarkup Markup = new(ClassIdPattern.OfWords(RuleSet.Embedded.Metadata.BylineClassPatterns), AuthorLinks);

    private static IDocument Parse(string body) => HtmlDocumentParser.Parse("<html><body>" + body + "</body></html>");

    private static bool IsByline(IElement element, string marks = " ", int verdict = 0, string? site = null) =>
        Markup.IsByline(element, element.LocalName, marks, verdict, ScannedAttributes.Of(element), site);

    [Fact]
    public void An_unmarked_address_with_digits_is_a_postal_address_not_the_authors()
    {
        using var document = Parse("<address id=\"postal\">Hauptstraße 5, 10115 Berlin</address><address id=\"author\">Jane Doe</address>");

        Assert.False(IsByline(document.QuerySelector("#postal")!));
        Assert.True(IsByline(document.QuerySelector("#author")!));
    }

    [Fact]
    public void Rel_author_and_a_byline_class_mark_a_byline_but_a_long_container_is_none()
    {
        using var document = Parse("<a id=\"rel\" rel=\"author\" href=\"/x\">Jane Doe</a><div id=\"long\" class=\"byline\">" + new string('x', 400) + "</div>");

        Assert.True(IsByline(document.QuerySelector("#rel")!));
        Assert.False(IsByline(document.QuerySelector("#long")!, "byline ", HeadClassMarks.Byline));
    }

    [Fact]
    public void A_link_to_an_author_page_on_the_same_site_reads_as_a_byline()
    {
        using var document = Parse("<div><a id=\"own\" href=\"https://news.example.com/author/jane-doe\">Jane Doe</a>"
            + "<a id=\"other\" href=\"https://youtube.com/user/janedoe\">Jane Doe</a><a id=\"action\" href=\"/user/settings\">Manage your settings</a></div>");
        var site = AuthorPageLink.SiteOfPage("https://www.example.com/2024/story");

        Assert.Equal("example.com", site);
        Assert.True(IsByline(document.QuerySelector("#own")!, site: site));
        Assert.False(IsByline(document.QuerySelector("#other")!, site: site));
        Assert.False(IsByline(document.QuerySelector("#action")!, site: site));
    }

    [Fact]
    public void A_dated_story_filed_under_an_author_section_is_a_headline_not_a_byline()
    {
        // he.xinhuanet.com: "新华社记者看河北" lists its reporters' stories under /journalist/<year-month>/<day>/.
        using var document = Parse("<ul><li><a id=\"story\" href=\"/journalist/2012-06/01/content_25335209.htm\">来自10米竹竿上的中国功夫</a></li>"
            + "<li><a id=\"year\" href=\"/author/2019/story.html\">Jane Doe</a></li><li><a id=\"user\" href=\"/user/2015\">Jane Doe</a></li></ul>");

        Assert.False(IsByline(document.QuerySelector("#story")!));
        Assert.False(IsByline(document.QuerySelector("#year")!));
        Assert.True(IsByline(document.QuerySelector("#user")!));
    }

    [Fact]
    public void An_author_link_inside_running_text_mentions_someone()
    {
        using var document = Parse("<p>" + new string('x', 200) + " said <a id=\"expert\" href=\"/profile/jane-doe\">Jane Doe</a>.</p>");

        Assert.False(IsByline(document.QuerySelector("#expert")!));
    }

    [Fact]
    public void An_archived_or_missing_canonical_address_gives_no_site()
    {
        Assert.Null(AuthorPageLink.SiteOfPage("https://web.archive.org/web/2020/https://example.com/"));
        Assert.Null(AuthorPageLink.SiteOfPage(null));
        Assert.Null(AuthorPageLink.SiteOfPage("/relative/path"));
    }

    [Fact]
    public void A_short_author_box_is_the_byline_not_a_biography()
    {
        using var document = Parse("<div id=\"short\" class=\"author-box\">Jane Doe, 5 March 2024</div><div id=\"bio\" class=\"author-box\">" + new string('x', 120) + "</div>");

        Assert.True(Markup.IsShortAuthorBox(document.QuerySelector("#short")!, "author-box "));
        Assert.False(Markup.IsShortAuthorBox(document.QuerySelector("#bio")!, "author-box "));
    }

    [Fact]
    public void A_profile_link_drawn_as_an_icon_with_a_label_is_an_interface_button()
    {
        // freiepresse.de: the header's e-paper button links under "/profil/"; the byline link names the writer in words.
        using var document = Parse("<div id=\"header-r\"><a id=\"button\" href=\"/profil/epaper\" title=\"E-Paper anzeigen\" class=\"extern epaper s-off\">"
            + "<div class=\"header-svg-icon svg-icon-epaper\"><svg height=\"22\" width=\"26\"><path d=\"M19.8,9.6l-11,3z\" /></svg><span class=\"icon-label\">E-Paper</span></div></a></div>"
            + "<div><a id=\"writer\" href=\"/profil/jens-kassner\">Jens Kassner</a></div>");

        Assert.False(IsByline(document.QuerySelector("#button")!));
        Assert.True(IsByline(document.QuerySelector("#writer")!));
    }

    [Fact]
    public void A_link_to_the_section_of_author_pages_alone_is_an_index_not_a_byline()
    {
        // bayrische-bembel.de: the main menu's "Userprofile" links to the profile module itself; a writer's link goes on to the writer.
        using var document = Parse("<div><a id=\"menu\" class=\"menuMain\" href=\"http://bayrische-bembel.de/bbr/modules/profile/\" title=\"Userprofile\">Userprofile</a>"
            + "<a id=\"index\" href=\"/autoren/#top\">Autoren</a><a id=\"writer\" href=\"/autoren/christian-unger/\">Christian Unger</a>"
            + "<a id=\"query\" href=\"/profile/?u=5\">Cooper</a></div>");

        Assert.False(IsByline(document.QuerySelector("#menu")!));
        Assert.False(IsByline(document.QuerySelector("#index")!));
        Assert.True(IsByline(document.QuerySelector("#writer")!));
        Assert.True(IsByline(document.QuerySelector("#query")!));
    }
}
