using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed class FigureInterfaceTests
{
    private static readonly HtmlArticleExtractor Extractor = new(RuleSet.Embedded, new CleanerOptions());

    [Fact]
    public void A_zoom_button_inside_a_figure_is_no_caption()
    {
        // TheGuardian (fundus-eval): the lead figure holds a button "View image in fullscreen" and no caption of its own.
        var images = Images("fundus-eval", "html", "TheGuardian_0.html.gz");

        Assert.DoesNotContain(images, i => i.Caption?.Contains("fullscreen", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains(images, i => i.Caption is null && i.Src == "https://i.guim.co.uk/img/media/7b8b39f2b5abb9658a847146874475e5c2df03dd/0_0_5067_3496/master/5067.jpg?width=480&dpr=1&s=none");
    }

    [Fact]
    public void A_caption_toggle_link_is_no_caption_and_the_caption_stays()
    {
        // FAZ (fundus): a button-styled in-page link "Bildbeschreibung einblenden" opens the caption printed below.
        var images = Images("fundus", "html", "de", "FAZ_2023_04_28.html.gz");

        Assert.DoesNotContain(images, i => i.Caption?.Contains("Bildbeschreibung", StringComparison.Ordinal) == true);
        Assert.Contains(images, i => i.Caption == "Los geht’s: Von Montag an für 49 Euro monatlich im Nah- und Regionalverkehr." && i.Credit == "Bild: Maximilian von Lachner");
    }

    [Fact]
    public void A_video_players_embed_code_and_buttons_are_no_caption()
    {
        // abc13 (trafilatura): the player's caption block holds "EMBED <>" and "More Videos" buttons and the embed code in a textarea.
        var images = Images("trafilatura", "html", "abc13.com-Copperfield.html.gz");

        var image = Assert.Single(images);
        Assert.Equal("Houston beauty chain Aisha's Salon and Spa is banning men after a man was caught on camera pleasuring himself at its Copperfield location.", image.Caption);
    }

    [Fact]
    public void A_gallery_counter_opens_no_caption()
    {
        // aeb: a slideshow's slides open with "Image 1 of 8" before the caption.
        var images = Images("aeb", "html", "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754.html.gz");

        Assert.Contains(images, i => i.Caption?.StartsWith("U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(images, i => i.Caption?.StartsWith("Image ", StringComparison.Ordinal) == true || i.Caption == "Caption Close");
    }

    [Fact]
    public void A_pictureless_figure_that_is_a_sign_up_or_a_story_link_is_a_promo_not_an_image()
    {
        // TheGuardian (fundus-eval): a newsletter sign-up (an e-mail field) and a "… Read more" link to another story, both in figure markup.
        var article = Assert.Single(Extract("fundus-eval", "html", "TheGuardian_1.html.gz").Articles);

        Assert.DoesNotContain(article.Images, i => i.Caption?.Contains("newsletter", StringComparison.OrdinalIgnoreCase) == true || i.Caption?.EndsWith("Read more", StringComparison.Ordinal) == true);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Newsletter && r.Text.Contains("Sign up to First Thing", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Related && r.Text == "Michigan primary a test for Biden as key voters turn away over Gaza war Read more");
    }

    [Fact]
    public void Fine_print_in_caption_type_under_a_sign_up_form_is_neither_an_image_nor_text()
    {
        // WAZ (fundus): the consent line under the newsletter form's e-mail field is set in a "text-caption" paragraph (a type size).
        var article = Assert.Single(Extract("fundus", "html", "de", "WAZ_2024_03_08.html.gz").Articles);

        Assert.DoesNotContain(article.Images, i => i.Caption?.Contains("Newsletter", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Mit meiner Anmeldung", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fine_print_named_as_a_caption_under_a_sign_up_form_is_the_newsletter_box()
    {
        var body = HtmlTestDocuments.Body("""
            <p>Text before.</p>
            <div class="signup"><form><input type="email" name="email"><button>Anmelden</button></form>
            <p class="form-caption">Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.</p></div>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Empty(images);
        Assert.Equal(RemovalReasons.Newsletter, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void A_title_linking_where_the_picture_before_it_links_is_a_teaser_card_not_a_caption()
    {
        // CNN (trafilatura): embedded story cards, a linked thumbnail and, apart from it in a caption-named block, the same link as title.
        var article = Assert.Single(Extract("trafilatura", "html", "edition.cnn.com-royal.html.gz").Articles);

        Assert.DoesNotContain(article.Images, i => i.Caption == "'Self-serving': UK media tabloids hit back at Meghan and Harry's interview");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Related && r.Text == "'Self-serving': UK media tabloids hit back at Meghan and Harry's interview");
    }

    [Fact]
    public void A_linked_credit_under_its_picture_stays_the_pictures()
    {
        // redtri (trafilatura): slide captions are whole links to the photographer's page ("photo: … via Flickr") under an unlinked picture.
        var article = Assert.Single(Extract("trafilatura", "html", "redtri.com.jokes.html.gz").Articles);

        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Caption && r.Text == "photo: Lars Plougmann via Flickr");
    }

    [Fact]
    public void A_caption_set_apart_from_its_picture_completes_the_image_taken_before_it()
    {
        // bug-1255978 (readability): an image widget, then a caption block after the picture's wrapper (whose indentation is its only text).
        var images = Images("readability", "pages", "bug-1255978", "source.html.gz");

        var image = Assert.Single(images, i => i.Src?.EndsWith("/2015/04/13/11/Lifestyle-hotels.jpg", StringComparison.Ordinal) == true);
        Assert.Equal("The old rule of thumb is that for every 00 invested in a room, the hotel should charge in average daily rate", image.Caption);
    }

    [Fact]
    public void A_gallerys_legends_and_a_video_players_controls_leave_the_text()
    {
        // bug-1255978 (readability): a video.js player after the first tip, and a 50-slide gallery of business news between the fifth
        // and the sixth, its legends in one <ul class="legends">.
        var article = Assert.Single(Extract("readability", "pages", "bug-1255978", "source.html.gz").Articles);

        Assert.DoesNotContain("Current Time", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("United goin down", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n6. Mini bars almost always lose money\n\n", article.Text, StringComparison.Ordinal);
        var slides = article.Images.Where(i => i.Caption?.Split(' ')[0].EndsWith("/50", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(50, slides.Count);
        Assert.Equal(("17/50 Argentina hit by strikes Daily life ground to a halt in Buenos Aires yesterday amid a 24-hour general strike protesting against moves to limit pay rises and increase taxes.", "AFP/Getty Images"), (slides[16].Caption, slides[16].Credit));
    }

    [Fact]
    public void A_figure_with_no_picture_caption_or_credit_is_no_image()
    {
        var extraction = Extractor.Extract(HtmlTestDocuments.Decode("""
            <html><body><article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port authority said in a statement.</p>
            <figure class="video-player"><iframe src="about:blank"></iframe></figure>
            <p>Ferries to the islands will run on the summer timetable from next week, and the fish market opens again on Friday.</p>
            </article></body></html>
            """), CancellationToken.None);

        Assert.Empty(Assert.Single(extraction.Articles).Images);
    }

    [Theory]
    [InlineData("Image 3 of 12 Crowds line the quay.", "Crowds line the quay.")]
    [InlineData("Crowds line the quay. hide caption toggle caption", "Crowds line the quay.")]
    [InlineData("Crowds line the quay. Enlarge this image", "Crowds line the quay.")]
    [InlineData("View image in fullscreen", null)]
    [InlineData("Visitors view the images of the old harbour.", "Visitors view the images of the old harbour.")]
    // Screen-reader labels: BBC (aeb), SRF (fundus).
    [InlineData("Image caption Assange gestures with a thumbs up after he was arrested", "Assange gestures with a thumbs up after he was arrested")]
    [InlineData("Image copyright Reuters", "Reuters")]
    [InlineData("Media captionWho is Julian Assange?", "Who is Julian Assange?")]
    // Forbes' toggle that shows the rest of a long caption, set inside it.
    [InlineData("Jamie Dimon speaks at the Economic Club of Washington September 12, … [+] 2016 in Washington, DC.", "Jamie Dimon speaks at the Economic Club of Washington September 12, 2016 in Washington, DC.")]
    [InlineData("If you are having an allergic reaction, you can try one ... [+] with synthetic stuffing instead.", "If you are having an allergic reaction, you can try one with synthetic stuffing instead.")]
    [InlineData("Legende: Anwalt und Dissident Ayman Sheib ad-Din", "Anwalt und Dissident Ayman Sheib ad-Din")]
    [InlineData("Image source: Getty", "Image source: Getty")]
    public void Interface_labels_are_cut_from_a_caption(string caption, string? expected) =>
        Assert.Equal(expected, new HtmlPatterns(RuleSet.Embedded.Html).CaptionControls.WithoutLabels(caption));

    private static IReadOnlyList<ArticleImage> Images(params string[] pathInDatasets) => [.. Extract(pathInDatasets).Articles.SelectMany(a => a.Images)];

    private static Extraction Extract(params string[] pathInDatasets)
    {
        var path = Path.Combine([RepositoryPaths.Datasets, .. pathInDatasets]);
        var input = InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileNameWithoutExtension(path), "text/html", null), new CleanerOptions());
        return Extractor.Extract(input, CancellationToken.None);
    }
}
