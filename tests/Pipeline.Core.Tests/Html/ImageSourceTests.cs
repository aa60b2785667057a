using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class ImageSourceTests
{
    [Theory]
    [InlineData("""<img src="/img/placeholders/transparent.png" data-src="/photos/harbour.jpg">""", "/photos/harbour.jpg")]
    [InlineData("""<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="https://cdn.example.com/a.jpg">""", "https://cdn.example.com/a.jpg")]
    [InlineData("""<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" data-srcset="https://cdn.example.com/w_400,h_300/a.jpg 400w, https://cdn.example.com/b.jpg 800w">""", "https://cdn.example.com/w_400,h_300/a.jpg")]
    [InlineData("""<img src=" https://cdn.example.com/a.jpg ">""", "https://cdn.example.com/a.jpg")]
    [InlineData("""<amp-img src="/photos/harbour.jpg"></amp-img>""", "/photos/harbour.jpg")]
    [InlineData("""<img src="/img/sr-loader.png" data-srcset="/photos/harbour_t300.jpg 300w">""", "/photos/harbour_t300.jpg")]
    [InlineData("""<img src="/logos/spot_on_logo_bunt_500px_breite_transparent.png">""", "/logos/spot_on_logo_bunt_500px_breite_transparent.png")]
    [InlineData("""<img src="/photos/f9575e06_16-9-aspect-ratio_default_0.jpg">""", "/photos/f9575e06_16-9-aspect-ratio_default_0.jpg")]
    public void Lazy_address_outranks_the_stand_in_src(string html, string expected) =>
        Assert.Equal(expected, ImageSource.Of(ImageSource.Picture(Figure(html))));

    [Theory]
    // faz.net: src is "leer.gif", the address waits in data-retina-src.
    [InlineData("""<img src="https://www.faz.net/img/leer.gif" data-retina-src="https://media0.faz.net/ppmedia/a/format_top1_breit/los-geht-s.jpg">""", "https://media0.faz.net/ppmedia/a/format_top1_breit/los-geht-s.jpg")]
    [InlineData("""<img data-img-url="https://cdn.example.com/photos/quay.jpg" data-lazy="true">""", "https://cdn.example.com/photos/quay.jpg")]
    [InlineData("""<img srcset="/photos/quay-480.jpg 480w, /photos/quay-960.jpg 960w">""", "/photos/quay-480.jpg")]
    [InlineData("""<img src="/img/spacer.gif"><noscript><img src="/photos/quay.jpg"></noscript>""", "/photos/quay.jpg")]
    // pcgamer: the loader's "missing image" box stands in until the picture's set is read.
    [InlineData("""<img src="https://vanilla.futurecdn.net/pcgamer/media/img/missing-image.svg" data-srcset="https://cdn.example.com/quay-320.jpg 320w">""", "https://cdn.example.com/quay-320.jpg")]
    [InlineData("""<img src="/img/no-image.png" data-srcset="/photos/quay-320.jpg 320w">""", "/photos/quay-320.jpg")]
    // As on selbermachen.de and thebalance.com (trafilatura dataset): "//:0" loads nothing until the script copies the set in.
    [InlineData("""<img class="image lazy" src="//:0" data-srcset="https://images.example.com/160w/quay.jpg 160w, https://images.example.com/320w/quay.jpg 320w">""", "https://images.example.com/160w/quay.jpg")]
    [InlineData("""<img src="//cdn.example.com/quay.jpg">""", "//cdn.example.com/quay.jpg")]
    public void A_picture_whose_address_a_less_common_lazy_loader_keeps_reports_that_address(string html, string expected)
    {
        // Parsed as the engine parses, so that the attributes the parser keeps are the ones the engine gets.
        using var document = HtmlDocumentParser.Parse($"<html><body><figure>{html}</figure></body></html>");
        var figure = document.QuerySelector("figure")!;

        Assert.Equal(expected, ImageSource.OfFigure(figure));
    }

    [Theory]
    [InlineData("""<img src="/img/spacer.gif" data-lazy="true" data-original-width="300">""")]
    [InlineData("""<img src="/img/spacer.gif" data-src-set="lazy">""")]
    public void A_lazy_loaders_flags_and_settings_are_no_address(string html)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body><figure>{html}</figure></body></html>");

        Assert.Null(ImageSource.OfFigure(document.QuerySelector("figure")!));
    }

    [Theory]
    [InlineData("""<div class="slide" style="background-image: url('https://cdn.example.com/slides/quay.jpg')"></div><figcaption>Crowds on the quay</figcaption>""", "https://cdn.example.com/slides/quay.jpg")]
    [InlineData("""<picture><source media="(min-width: 800px)" data-srcset="/photos/quay-1200.jpg 1200w"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></picture>""", "/photos/quay-1200.jpg")]
    [InlineData("""<img src="https://cdn.example.com/quay.jpg"><div style="background:url(/other.jpg)"></div>""", "https://cdn.example.com/quay.jpg")]
    public void A_figure_without_an_image_address_shows_its_source_set_or_background_picture(string html, string expected) =>
        Assert.Equal(expected, ImageSource.OfFigure(Figure(html)));

    [Theory]
    [InlineData("""<img src="data:image/png;base64,iVBORw0KGgo=">""")]
    [InlineData("""<img src="/">""")]
    [InlineData("""<img data-src='{"default":{"src":"a.jpg"}}'>""")]
    [InlineData("""<span>No picture</span>""")]
    [InlineData("""<img src="/static/img/grey-placeholder.png">""")]
    [InlineData("""<img src="https://cdn.example.com/assets/recipe-loader.gif?v=2">""")]
    [InlineData("""<img src="/leer.gif">""")]
    [InlineData("""<img src="//:0">""")]
    public void Placeholder_only_or_no_picture_gives_no_address(string html) =>
        Assert.Null(ImageSource.Of(ImageSource.Picture(Figure(html))));

    [Theory]
    [InlineData("/photos/a.jpg", "https://www.example.com/news/story.html", "https://www.example.com/photos/a.jpg")]
    [InlineData("photos/a.jpg", "https://www.example.com/news/story.html", "https://www.example.com/news/photos/a.jpg")]
    [InlineData("//cdn.example.com/a.jpg", "https://www.example.com/news/story.html", "https://cdn.example.com/a.jpg")]
    [InlineData("HTTPS://cdn.example.com/A B.jpg", "https://www.example.com/", "HTTPS://cdn.example.com/A B.jpg")]
    [InlineData("/photos/a.jpg", null, "/photos/a.jpg")]
    public void Relative_address_is_resolved_against_the_page_url(string src, string? page, string expected) =>
        Assert.Equal(expected, ImageSource.Resolve(src, page));

    [Theory]
    [InlineData("./story_files/a.jpg")]
    [InlineData("changenow.de.loibl_files/andre-live16-9-700.webp")]
    public void A_picture_a_browser_saved_beside_the_page_keeps_its_local_path(string src) =>
        Assert.Equal(src, ImageSource.Resolve(src, "https://www.example.com/news/story.html"));

    [Fact]
    public void Lazy_loaded_figures_report_their_pictures_not_placeholders()
    {
        // Markup as readability/medicalnewstoday writes its pictures: every src is a data: URI stand-in, the picture is in data-src, written
        // site-relative or protocol-relative. (That page's own figures all sit in its "Related coverage" section, which is not the article's.)
        const string placeholder = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAQAAAAe/WZNAAAADklEQVR42mNkgAJGDAYAAFEABCaLYqoAAAAASUVORK5CYII=";
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));
        var html = $"""
            <html><head><link rel="canonical" href="https://www.medicalnewstoday.com/articles/320000.php"></head><body><article><h1>Medical marijuana</h1>
            <figure><img src="{placeholder}" data-src="//cdn1.medicalnewstoday.com/content/images/articles/320/320000/cannabis.jpg" alt=""><figcaption>Cannabis leaves.</figcaption></figure>
            {paragraphs}
            <figure><img src="{placeholder}" data-src="/content/images/headlines/318/318965/medical-marijuana.jpg" alt=""><figcaption>A dispensary.</figcaption></figure>
            </article></body></html>
            """;

        var outcome = new ArticleCleaner().Clean(new RawInput(System.Text.Encoding.UTF8.GetBytes(html), "medicalnewstoday.html", "text/html", null));

        Assert.True(outcome.Succeeded);
        Assert.Equal(
            ["https://cdn1.medicalnewstoday.com/content/images/articles/320/320000/cannabis.jpg", "https://www.medicalnewstoday.com/content/images/headlines/318/318965/medical-marijuana.jpg"],
            outcome.Result.Articles[0].Images.Select(i => i.Src));
    }

    private static AngleSharp.Dom.IElement Figure(string inner) =>
        new HtmlParser().ParseDocument($"<figure>{inner}</figure>").QuerySelector("figure")!;
}
