using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class AltTextCaptionTests
{
    // As on berliner-zeitung.de (fundus): a bare <p> under the picture repeats the alt text, a second <p> holds the credit; no caption class.
    private const string PlainCaptionPage = """
        <div><img src="/imam.jpg" alt="Imam Abdul Adhim Kamouss beim Gebet zum Ramadan in der Baptistenkirche in Berlin-Wedding" class="w-full h-full object-cover">
        <button aria-label="Vollbild anzeigen"><svg><path d="M13 9H7L7 14"/></svg></button></div>
        <div class="flex flex-col w-full mt-2"><p class="font-roboto text-sm">Imam Abdul Adhim Kamouss beim Gebet zum Ramadan in der Baptistenkirche in Berlin-Wedding </p><p class="font-roboto text-xs"> © Rolf Zoellner/imago</p></div>
        <p>Der Imam betet seit Jahren in der Kirche, und die Gemeinde hat sich daran gewöhnt.</p>
        """;

    [Fact]
    public void Bare_line_after_an_image_repeating_its_alt_text_is_taken_out_as_its_caption_with_the_credit()
    {
        var body = HtmlTestDocuments.Body(PlainCaptionPage);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal([new ArticleImage("Imam Abdul Adhim Kamouss beim Gebet zum Ramadan in der Baptistenkirche in Berlin-Wedding", "Rolf Zoellner/imago", "/imam.jpg")], images);
        Assert.True(pruned.IsRemoved(body.QuerySelector("div.flex")!));
        Assert.False(pruned.IsInsideRemoved(body.Children[^1]));
    }

    [Fact]
    public void Alt_text_cut_off_mid_word_leaves_the_line_whole_as_the_caption()
    {
        // As on heraldsun.com.au (readability herald-sun-1): the CMS cut the alt text inside a word; the rest of the line is caption, not a
        // credit, but for the credit the caption itself closes with.
        var body = HtmlTestDocuments.Body("""
            <div><img src="/bill.jpg" alt="A new Bill would require telecommunications service providers to store so-called ‘metadat"></div>
            <p class="caption-text">A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years. Source: Supplied</p>
            <p>The Bill was introduced in Parliament on Thursday.</p>
            """);

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal([new ArticleImage("A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years.", "Source: Supplied", "/bill.jpg")], images);
    }

    // As on stuttgart.de (trafilatura): the zoom link holds the picture and a 14-pixel magnifier icon; the caption and its credit, after
    // the caption's full stop, stand in the definition beside it.
    [Fact]
    public void Icon_beside_the_picture_is_no_second_picture_and_the_credit_loses_the_captions_stop()
    {
        var body = HtmlTestDocuments.Body("""
            <dl><dt><a href="/big.jpg"><img src="/cafe.jpg" alt="Cafe im Bohnenviertel" width="86" height="135"><img src="/ico-magnify.gif" class="magnify" width="14" height="14" alt="Vergrößern"></a></dt>
            <dd>Cafe im Bohnenviertel. Foto: Stuttgart Marketing</dd></dl>
            <p>Das Bohnenviertel entstand als erstes Wohnquartier außerhalb der Stadtmauer.</p>
            """);

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal([new ArticleImage("Cafe im Bohnenviertel", "Foto: Stuttgart Marketing", "/cafe.jpg")], images);
    }

    [Fact]
    public void Second_picture_of_its_own_size_before_the_line_leaves_the_first_without_a_caption()
    {
        var body = HtmlTestDocuments.Body("""
            <div><img src="/cafe.jpg" alt="Cafe im Bohnenviertel" width="86" height="135"><img src="/street.jpg" alt="Strasse" width="86" height="135"></div>
            <p>Cafe im Bohnenviertel. Foto: Stuttgart Marketing</p>
            """);

        Assert.Empty(new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap()));
    }

    // As on uncutnews.ch (htmldate): a related-post card's linked title under its thumbnail repeats the alt text; it is the card's, not a caption.
    [Fact]
    public void Linked_card_title_under_a_thumbnail_is_no_caption()
    {
        var document = HtmlDocumentParser.Parse("""
            <!doctype html><html><body><article class="post"><a href="/wie-online-anzeigen/"><div class="thumb"><img src="/gov.jpg" alt="Wie Online-Anzeigen der Regierung bei der Massenüberwachung helfen"></div></a>
            <div class="post-text"><h3 class="post-title"><a href="/wie-online-anzeigen/">Wie Online-Anzeigen der Regierung bei der Massenüberwachung helfen</a></h3><div class="meta"><span>03/11/2023</span></div></div></article></body></html>
            """);

        Assert.Null(AltTextCaption.Find(document.QuerySelector("img")!, new PruneMap()));
    }

    [Fact]
    public void Alt_text_that_is_the_page_description_marks_the_lead_after_the_picture_not_a_caption()
    {
        // As on elespectador.com (trafilatura): the lead picture's alt text, the description meta and the lead paragraph say the same.
        const string lead = "La Operación Orión en Medellín, las tomas guerrilleras de pueblos y los crímenes contra la naturaleza serán parte de las investigaciones.";
        var document = HtmlDocumentParser.Parse($"""
            <!doctype html><html><head><title>T</title><meta property="og:description" content="{lead}"></head>
            <body><div class="ImageFrame"><img src="/orion.jpg" alt="{lead}"></div><div class="Hook"><div>{lead}</div></div><p>La Jurisdicción Especial para la Paz ya le ha dicho al país.</p></body></html>
            """);
        var image = document.QuerySelector("img")!;

        Assert.Null(AltTextCaption.Find(image, new PruneMap()));
    }

    [Fact]
    public void Heading_after_a_gallery_picture_repeating_its_alt_text_stays_a_heading()
    {
        // As on starsinsider.com (trafilatura): each slide's picture carries its section title as alt text.
        var body = HtmlTestDocuments.Body("""
            <div class="img-container"><img data-src="/angst.jpg" alt="Die Angst hat Lebewesen gerettet"></div>
            <h2 class="news-subheadline">Die Angst hat Lebewesen gerettet</h2><div><p>Jede Gefahr löst eine Reaktion aus.</p></div>
            """);

        Assert.Null(AltTextCaption.Find(body.QuerySelector("img")!, new PruneMap()));
    }

    [Fact]
    public void Paragraph_repeating_an_alt_text_longer_than_a_caption_is_kept()
    {
        // A story paragraph copied into the alt text of the picture above it: the alt text is no caption, the paragraph stays story text.
        const string paragraph = "Currency collectors nationwide are on the hunt for some rare dollar bills printed in 2014 and 2016, and they are willing to pay up to $150,000 for a matched pair of notes with the same serial number, which the Bureau printed twice by mistake.";
        var body = HtmlTestDocuments.Body($"""<div><img src="/bills.jpg" alt="{paragraph}"></div><p>{paragraph}</p>""");

        Assert.True(paragraph.Length > AltTextCaption.MaxAltChars);
        Assert.Null(AltTextCaption.Find(body.QuerySelector("img")!, new PruneMap()));
    }

    [Fact]
    public void Story_text_after_an_image_that_says_something_else_is_kept()
    {
        var body = HtmlTestDocuments.Body("""
            <p><img src="/bills.jpg" alt="Two batches of $1 bills printed in 2014 and 2016"></p>
            <p>Currency collectors nationwide are on the hunt for some rare dollar bills, and will pay well for them.</p>
            """);

        Assert.Null(AltTextCaption.Find(body.QuerySelector("img")!, new PruneMap()));
    }
}
