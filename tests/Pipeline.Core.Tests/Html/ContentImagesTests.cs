using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class ContentImagesTests
{
    private static readonly HtmlArticleExtractor Extractor = new(RuleSet.Embedded, new CleanerOptions());

    private const string Story = """
        <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port authority said in a statement on its site.</p>
        <figure><img src="/quay.jpg"><figcaption>Crowds on the quay. <span class="credit">Photo: Jane Roe</span></figcaption></figure>
        <p>Ferries to the islands will run on the summer timetable from next week, and the fish market opens again on Friday morning.</p>
        <p>Fishermen said the closure had cost them most of the spring season, and asked the city for help with the fees of the coming year.</p>
        """;

    [Fact]
    public void Pictures_in_the_story_and_the_hero_before_it_are_the_articles_and_teasers_after_it_are_not()
    {
        var images = Images($"""
            <html><body>
            <div class="hero"><h1>Harbour reopens</h1><figure><img src="/hero.jpg"><figcaption>The harbour at dawn.</figcaption></figure></div>
            <div class="story">{Story}</div>
            <div class="more"><figure><img src="/other-story.jpg"><figcaption>Storm damage on the coast road</figcaption></figure></div>
            <div class="site-foot"><p class="copyright">© 2024 Harbour News | <a href="/privacy">Privacy Policy</a> | <a href="/imprint">Legal notice</a></p></div>
            </body></html>
            """);

        Assert.Equal(["/hero.jpg", "/quay.jpg"], images.Select(i => i.Src));
    }

    [Fact]
    public void The_sites_logo_over_the_story_is_no_picture_of_the_article_and_a_logo_the_story_shows_is()
    {
        var images = Images($"""
            <html><body>
            <div class="site-head"><a href="/"><span class="logo-img-wrap"><img src="/img/header-logo.png" alt="Harbour News"></span></a></div>
            <h1>Harbour reopens</h1>
            <div class="story">{Story}<figure><img src="/img/port-authority-logo.png"><figcaption>The port authority's new logo.</figcaption></figure></div>
            </body></html>
            """);

        Assert.Equal(["/quay.jpg", "/img/port-authority-logo.png"], images.Select(i => i.Src));
    }

    [Fact]
    public void A_picture_the_markup_names_as_the_articles_image_is_kept_where_the_template_sets_it()
    {
        // fem.com: the hero figure, marked itemprop="image", follows the story's text in the markup.
        var images = Images($"""
            <html><body><h1>Harbour reopens</h1>
            <div class="story">{Story}</div>
            <div class="media"><figure><meta itemprop="image" content="/hero.jpg"><img src="/hero.jpg"><figcaption>The harbour at dawn.</figcaption></figure></div>
            </body></html>
            """);

        Assert.Equal(["/quay.jpg", "/hero.jpg"], images.Select(i => i.Src));
    }

    [Fact]
    public void A_footers_copyright_line_is_no_picture_credit()
    {
        // dw.com (trafilatura): <p id="copyright">© 2020 Deutsche Welle | Privacy Policy | Legal notice | …</p> closes the page.
        var path = Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html", "dw.com.colonial.html.gz");
        var input = InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), "dw.com.colonial.html", "text/html", null), new CleanerOptions());

        var images = Extractor.Extract(input, CancellationToken.None).Articles.SelectMany(a => a.Images);

        Assert.DoesNotContain(images, i => i.Credit?.Contains("Privacy Policy", StringComparison.Ordinal) == true);
    }

    private static IReadOnlyList<ArticleImage> Images(string html) =>
        [.. Assert.Single(Extractor.Extract(HtmlTestDocuments.Decode(html), CancellationToken.None).Articles).Images];
}
