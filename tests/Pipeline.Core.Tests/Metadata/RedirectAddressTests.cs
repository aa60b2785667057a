using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>How a page that names no address of its own, only the one it sends the browser on to, is dated by that address.</summary>
public sealed class RedirectAddressTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    [Fact]
    public void A_bot_check_that_reloads_the_story_is_dated_by_the_address_it_reloads()
    {
        // htmldate's thelocal.se page is a DDoS shield: "You will be connected to www.thelocal.se in just a moment...", then a script
        // sets location.href to the story's /20200428/ address. Nothing else on the page holds a date.
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "htmldate/html/thelocal.se.tattooed.html.gz"));
        var metadata = MetadataTestPages.Extract(Extractor, content, "thelocal.se.tattooed.html");
        Assert.Equal("2020-04-28", metadata.PublishedAt);
    }

    [Fact]
    public void A_meta_refresh_target_is_the_redirect_address()
    {
        using var document = HtmlDocumentParser.Parse("<html><head><meta http-equiv=\"Refresh\" content=\"0; URL='https://example.org/2019/10/21/story.html'\"></head><body></body></html>");
        Assert.Equal("https://example.org/2019/10/21/story.html", RedirectAddress.Read(document));
    }

    [Theory]
    [InlineData("window.location.replace(\"https://example.org/news/20200428-story\");")]
    [InlineData("document.location = 'https://example.org/news/20200428-story';")]
    [InlineData("location.href=\"https://example.org/news/20200428-story\".replace(/x/, \"\");")]
    public void A_script_that_sends_the_browser_on_names_the_redirect_address(string script)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body><p>One moment...</p><script>{script}</script></body></html>");
        Assert.Equal("https://example.org/news/20200428-story", RedirectAddress.Read(document));
    }

    [Fact]
    public void A_comparison_with_the_location_or_a_relative_target_is_no_redirect()
    {
        using var document = HtmlDocumentParser.Parse("<html><body><script>if (location == \"https://example.org/2019/10/21/a\") { location.href = \"/login\"; }</script></body></html>");
        Assert.Null(RedirectAddress.Read(document));
    }

    [Fact]
    public void A_page_with_an_address_of_its_own_is_not_dated_by_where_a_script_sends_it()
    {
        var html = "<html><head><link rel=\"canonical\" href=\"https://example.org/about\"></head><body><h1>About us</h1><p>We write about gardens.</p>"
            + "<script>if (mobile) { location.href = \"https://example.org/2015/03/02/mobile-landing\"; }</script></body></html>";
        var metadata = PublicationDateFinderTests.ExtractHtml(html);
        Assert.Null(metadata.PublishedAt);
    }
}
