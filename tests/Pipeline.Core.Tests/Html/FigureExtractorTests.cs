using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class FigureExtractorTests
{
    [Fact]
    public void Figure_caption_and_credit_become_an_image_and_are_removed_from_the_body()
    {
        var body = HtmlTestDocuments.Body("""
            <p>Text before.</p>
            <figure><img src="/a.jpg"><figcaption>Protesters in the square. <span class="credit">Photo: Jane Roe/AP</span></figcaption></figure>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal([new ArticleImage("Protesters in the square.", "Photo: Jane Roe/AP", "/a.jpg")], images);
        Assert.True(pruned.IsRemoved(body.QuerySelector("figure")!));
        Assert.Equal(RemovalReasons.Caption, Assert.Single(pruned.Audit).Reason);
    }

    [Theory]
    // vox.com: the credit in a <cite> beside the figcaption.
    [InlineData("""<figure><img src="/a.jpg"><figcaption>Smog over Delhi.</figcaption><cite>Sanjeev Verma/Getty Images</cite></figure>""", "Smog over Delhi.", "Sanjeev Verma/Getty Images")]
    // stuff.co.nz: the <cite> in a line of its own above the caption's line; no "StuffGeneric Police".
    [InlineData("""<figure><img src="/a.jpg"><figcaption><div><cite>Stuff</cite></div><div>Generic Police</div></figcaption></figure>""", "Generic Police", "Stuff")]
    // thw.de: the label before the cite is the credit's.
    [InlineData("""<figure><img src="/a.jpg"><figcaption>Helferinnen im Einsatz.<br>Quelle:&nbsp;<cite>THW</cite></figcaption></figure>""", "Helferinnen im Einsatz.", "Quelle: THW")]
    public void A_cite_in_a_figure_is_the_pictures_credit(string html, string caption, string credit)
    {
        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(HtmlTestDocuments.Body(html), new PruneMap());

        Assert.Equal([new ArticleImage(caption, credit, "/a.jpg")], images);
    }

    [Fact]
    public void The_lines_of_a_caption_are_apart_and_an_icons_wrapper_inside_brackets_adds_no_space()
    {
        var body = HtmlTestDocuments.Body("""
            <figure><img src="/a.jpg"><figcaption><div>UK news in pictures</div><div>2 November 2020</div>Waves crash over the harbour wall <span class="credit">(<div class="camera"><span></span>Image:</div>PA)</span></figcaption></figure>
            """);

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal([new ArticleImage("UK news in pictures 2 November 2020 Waves crash over the harbour wall", "Image: PA", "/a.jpg")], images);
    }

    [Theory]
    // WordPress pull quote; ZDF's expert quote with its figcaption; an embedded post.
    [InlineData("""<figure class="wp-block-pullquote"><blockquote><p>Il y a, d’abord, le poids de la géographie.</p><cite>François Héran</cite></blockquote></figure>""")]
    [InlineData("""<figure><blockquote><p>Der Absatzmarkt spielt keine bedeutende Rolle.</p></blockquote><figcaption><p>Sascha Lohmann, SWP</p></figcaption></figure>""")]
    [InlineData("""<figure class="wp-block-embed-twitter"><div><blockquote class="twitter-tweet"><p>Wow! A drone near the carrier</p>— Jane (@jane)</blockquote></div></figure>""")]
    public void A_figure_holding_a_quotation_and_no_picture_leaves_the_text_as_a_quote_and_is_no_image(string html)
    {
        var body = HtmlTestDocuments.Body($"<p>Text before.</p>{html}");
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Empty(images);
        Assert.True(pruned.IsRemoved(body.QuerySelector("figure")!));
        Assert.Equal(RemovalReasons.Quote, Assert.Single(pruned.Audit).Reason);
    }

    [Theory]
    // Funke's header: a link to the publisher, the dateline set in the "text-caption" type size.
    [InlineData("""<a class="header-caption" href="https://www.funkemediennrw.de/">Ein Angebot von</a>""")]
    [InlineData("""<div class="text-caption">16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten</div>""")]
    public void Caption_type_on_a_link_or_a_dateline_makes_no_caption(string html)
    {
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(HtmlTestDocuments.Body($"<p>Text before.</p>{html}"), pruned);

        Assert.Empty(images);
        Assert.Empty(pruned.Audit);
    }

    [Fact]
    public void A_writers_portrait_captioned_with_the_byline_is_the_byline_not_an_image()
    {
        // Funke (fundus WAZ): the author's photo in a figure whose figcaption is "Von <a rel=author>…</a>, Online-Redakteurin" and the time.
        var body = HtmlTestDocuments.Body("""
            <figure><a href="/autoren/"><img src="/autor.jpg" alt="Paulina Cwiartka"></a><figcaption><address>Von <a rel="author" href="/autoren/paulina-cwiartka/">Paulina Cwiartka</a>, Online-Redakteurin</address><time datetime="2025-11-05T17:00:00.000Z">05.11.2025, 18:00 Uhr</time></figcaption></figure>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Empty(images);
        Assert.Equal(RemovalReasons.Byline, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void A_heading_titling_a_pictures_caption_keeps_the_figure_a_picture()
    {
        // The Independent (trafilatura): each slide of a gallery titles its figcaption with a header "UK news in pictures" and the day.
        var body = HtmlTestDocuments.Body("""
            <figure><div><amp-img src="/uk-28-september.jpg" alt="A student gestures at the window"></amp-img></div><div><figcaption><header><h3>UK news in pictures</h3><h4>28 September 2020</h4></header><p>A student gestures at the window of the halls.</p></figcaption></div></figure>
            """);

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal([new ArticleImage("UK news in pictures 28 September 2020 A student gestures at the window of the halls.", null, "/uk-28-september.jpg")], images);
    }

    [Fact]
    public void A_figure_with_a_picture_and_a_quotation_is_an_image()
    {
        var body = HtmlTestDocuments.Body("""<figure><img src="/a.jpg"><blockquote>Ask not.</blockquote><figcaption>The speech in 1961.</figcaption></figure>""");

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal("/a.jpg", Assert.Single(images).Src);
    }

    [Fact]
    public void Script_and_style_inside_a_figure_never_reach_its_caption_or_credit()
    {
        var body = HtmlTestDocuments.Body("""
            <figure><img src="/a.jpg"><script>lazyLoad('/a.jpg');</script><figcaption><style>.c{color:red}</style>Protesters in the square. <span class="credit">Photo: Jane Roe/AP<script>track()</script></span></figcaption></figure>
            """);

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, new PruneMap());

        Assert.Equal([new ArticleImage("Protesters in the square.", "Photo: Jane Roe/AP", "/a.jpg")], images);
    }

    [Fact]
    public void Caption_outside_a_figure_is_found_by_its_class()
    {
        var body = HtmlTestDocuments.Body("<div class=\"wp-caption\"><img data-src=\"b.png\"><p class=\"wp-caption-text\">A harbour at dawn.</p></div>");
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal([new ArticleImage("A harbour at dawn.", null, "b.png")], images);
    }

    [Fact]
    public void A_caption_right_after_a_bare_picture_is_that_pictures_and_one_after_a_paragraph_is_not()
    {
        // faz.net: the picture's wrapper, a button, then the caption; bgr.com: a shop's product picture, a paragraph, then the credit
        // of the story's featured image, whose picture the page shows elsewhere.
        var body = HtmlTestDocuments.Body($"""
            <div class="atc-ImageContainer"><div class="image"><a href="/bild"><img src="/img/leer.gif" data-retina-src="/photos/ticket.jpg"></a></div>
            <span class="btn"><a href="#d"><span>Bildbeschreibung einblenden</span></a></span></div>
            <div class="atc-Intro"><div class="atc-ImageDescription caption"><span>Los geht's: Von Montag an für 49 Euro.</span></div><p>{HtmlTestDocuments.Paragraph("Intro")}</p></div>
            <div class="product"><a href="/shop"><img class="product-image" src="/products/earphones.jpg"></a></div>
            <p>{HtmlTestDocuments.Paragraph("Deals")}</p>
            <div class="featured-image-source"><span class="img-caption">Image Source: Jane Doe/Agency</span></div>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal(
            [new ArticleImage("Los geht's: Von Montag an für 49 Euro.", null, "/photos/ticket.jpg"), new ArticleImage(null, "Image Source: Jane Doe/Agency", null)],
            images);
    }

    [Fact]
    public void Short_image_block_holding_an_image_is_a_figure_and_a_long_one_is_not()
    {
        // As on iol.co.za (fundus): div.image_image-widget > picture + p caption, no figure markup.
        var body = HtmlTestDocuments.Body($"""
            <div class="image_image-widget__LYZT4"><span><picture><img src="/r.jpg"></picture></span><p><span>Pictured right, is reader Nicole Bresler at the Waterfront.</span></p></div>
            <div class="post-image"><img src="/t.jpg"><p>{HtmlTestDocuments.Paragraph("Teaser one")}</p><p>{HtmlTestDocuments.Paragraph("Teaser two")}</p><p>{HtmlTestDocuments.Paragraph("Teaser three")}</p><p>{HtmlTestDocuments.Paragraph("Teaser four")}</p></div>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal([new ArticleImage("Pictured right, is reader Nicole Bresler at the Waterfront.", null, "/r.jpg")], images);
        Assert.False(pruned.IsRemoved(body.Children[1]));
    }

    [Fact]
    public void Legend_beside_an_image_is_its_caption()
    {
        // As on vogelwarte.ch (trafilatura dataset): div.rightImageHighslide > a > img + div.legend > div.content.
        var body = HtmlTestDocuments.Body("<div class=\"rightImageHighslide\"><a href=\"/big.jpg\"><img src=\"/small.jpg\"></a><div class=\"legend\"><div class=\"content\">Der Aktionsplan beinhaltet auch die lichten Wälder.</div></div></div>");
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        // The legend follows the picture's link, which shows nothing else: the picture is the legend's.
        Assert.Equal([new ArticleImage("Der Aktionsplan beinhaltet auch die lichten Wälder.", null, "/small.jpg")], images);
        Assert.True(pruned.IsRemoved(body.QuerySelector(".legend")!));
    }

    [Fact]
    public void A_gallerys_list_of_legends_gives_one_caption_per_slide()
    {
        // As on independent.co.uk (readability bug-1255978): "Business news in pictures" shows 50 slides whose pictures are lazy list items
        // and whose legends (counter, title, caption, credit) are one <ul class="legends">, far too long for one caption.
        var legends = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
            <li data-gallery-legend="{i}"><h2><span class="counter">{i}/12</span> Slide title {i}</h2><p>{HtmlTestDocuments.Paragraph($"Slide {i}")}</p><p class="credits">GETTY IMAGES</p></li>
            """));
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Story")}</p>
            <div class="container grid-mod-gallery"><h2 class="gallery-title">Business news in pictures</h2><ul class="legends">{legends}</ul></div>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal(12, images.Count);
        Assert.Equal(new ArticleImage($"3/12 Slide title 3 {HtmlTestDocuments.Paragraph("Slide 3")}", "GETTY IMAGES", null), images[2]);
        Assert.All(body.QuerySelectorAll("li"), li => Assert.True(pruned.IsRemoved(li)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("p")!));
    }

    [Fact]
    public void A_long_credits_list_is_text_not_one_caption_per_item()
    {
        // A film's or a page's credits may be a long list named "credits" (longer than a caption): only a caption-classed list is a
        // gallery's legends.
        var items = string.Concat(Enumerable.Range(1, 16).Select(i => $"<li>{HtmlTestDocuments.Paragraph($"Role {i}")}</li>"));
        var body = HtmlTestDocuments.Body($"""<p>{HtmlTestDocuments.Paragraph("Story")}</p><ul class="credits">{items}</ul>""");
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Empty(images);
        Assert.All(body.QuerySelectorAll("li"), li => Assert.False(pruned.IsInsideRemoved(li)));
    }

    [Fact]
    public void Figure_holding_a_table_or_a_headline_keeps_its_text_and_loses_only_its_figcaption()
    {
        // As on thebalance.com (a fee table in figure markup) and dhb.de (headline and standfirst inside figure.teaser), trafilatura dataset.
        var body = HtmlTestDocuments.Body("""
            <figure class="comparison-table"><table><tr><td>Withdrawal</td><td>1 GBP withdrawal fee</td></tr></table></figure>
            <figure class="teaser"><img src="/b.jpg"><figcaption>Foto: Sascha Klahn</figcaption><h1>Erneuter Verzicht auf Regionallehrgang</h1>
            <p>Nächste Maßnahme der Nationalmannschaft im März mit Länderspielen gegen die Niederlande</p></figure>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Equal([new ArticleImage(null, "Foto: Sascha Klahn", "/b.jpg")], images);
        Assert.True(pruned.IsRemoved(body.QuerySelector("figcaption")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("td")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("h1")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("figure.teaser p")!));
    }

    [Fact]
    public void Heading_with_a_caption_typography_class_is_not_a_caption()
    {
        // As on eurosport.de (trafilatura dataset): the standfirst is an h2 styled with a "caption-s5-fx" type-scale class.
        var body = HtmlTestDocuments.Body("""
            <h2 class="ArticleHeroBlack__teaser caption-s5-fx">Der frühere DOSB-Präsident Alfons Hörmann attackiert seinen Nachfolger Thomas Weikert.</h2>
            <div class="image-caption">Thomas Weikert in Peking</div>
            """);
        var pruned = new PruneMap();

        new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("h2")!));
        Assert.True(pruned.IsRemoved(body.QuerySelector(".image-caption")!));
    }

    [Fact]
    public void An_image_block_whose_title_links_to_another_page_is_a_teaser_card_removed_as_related_not_a_caption()
    {
        // Trimmed from the fundus page es/ElMundo_2024_12_02: a "has-image" card under "Para saber más", its headline a link to another story.
        var body = HtmlTestDocuments.Body("""
            <div class="ue-c-article__listing"><div class="ue-c-article__listing-title">Para saber más</div><div class="ue-c-article__listing-body"><div class="ue-c-article__listing-item">
            <article class="ue-c-cover-content has-byline has-image"><div class="ue-c-cover-content__media"><figure><picture><img src="/losail.jpg"></picture></figure></div>
            <header><span class="ue-c-cover-content__kicker">Vuelta rápida. </span><a href="https://www.elmundo.es/deportes/formula-1/2024/12/01/674cc57c.html"><h2>El caos en Losail, por culpa de un retrovisor</h2></a></header></article>
            </div></div></div>
            """);
        var pruned = new PruneMap();

        var images = new FigureExtractor(HtmlTestDocuments.Patterns).Extract(body, pruned);

        Assert.Empty(images);
        Assert.Equal(RemovalReasons.Related, pruned.ReasonFor(body.QuerySelector("article")!));
    }
}
