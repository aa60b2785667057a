using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class BoilerplatePrunerTests
{
    private static PruneMap Prune(AngleSharp.Dom.IElement body)
    {
        var pruned = new PruneMap();
        new BoilerplatePruner(HtmlTestDocuments.Patterns).Prune(body, TextStatistics.Compute(body, null), pruned, CancellationToken.None);
        return pruned;
    }

    [Fact]
    public void Navigation_share_bar_cookie_banner_and_ad_slot_are_removed_with_their_reasons()
    {
        var body = HtmlTestDocuments.Body($"""
            <nav><a href="/">Home</a></nav>
            <div class="social-share">Share on Facebook</div>
            <div id="cookie-banner">We use cookies</div>
            <div class="ad-slot">Advertisement</div>
            <div class="article-body"><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Navigation, "Home"), (RemovalReasons.Share, "Share on Facebook"), (RemovalReasons.Consent, "We use cookies"), (RemovalReasons.Advertisement, "Advertisement")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("p")!));
    }

    [Fact]
    public void A_box_led_by_an_invitation_to_join_or_sign_up_goes_whole_while_story_sections_and_long_boxes_stay()
    {
        // As on dailyrecord.co.uk (htmldate dataset) and corkbeo.ie (trafilatura dataset): the box's heading invites the reader, and its lines
        // (how to join, what members get, the small print) read as prose one by one.
        var body = HtmlTestDocuments.Body($"""
            <div class="article-body">
            <p>{HtmlTestDocuments.Paragraph("One")}</p>
            <div class="factbox has-image"><span class="factbox-header"><h3>Join the Daily Record WhatsApp community!</h3></span>
              <figure><img src="qr.png"></figure>
              <p>Get the latest news sent straight to your messages by joining our WhatsApp community today.</p>
              <p>All you have to do is click here if you're on mobile, select 'Join Community' and you're in!</p></div>
            <section><h2>Sign up for the CorkBeo newsletter</h2><p>Never miss the latest news by signing up to our newsletter today!</p></section>
            <div class="section"><h2>Why the newsletter matters to small towns</h2><p>{HtmlTestDocuments.Paragraph("Two")}</p></div>
            <div class="long"><h2>Sign up for our newsletter</h2>{string.Concat(Enumerable.Range(1, 16).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Long {i}")}</p>"))}</div>
            <p>{HtmlTestDocuments.Paragraph("Three")}</p>
            </div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Newsletter, "Join the Daily Record WhatsApp community! Get the latest news sent straight to your messages by joining our WhatsApp community today. All you have to do is click here if you're on mobile, select 'Join Community' and you're in!"),
             (RemovalReasons.Newsletter, "Sign up for the CorkBeo newsletter Never miss the latest news by signing up to our newsletter today!")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.True(pruned.IsInsideRemoved(body.QuerySelector("img")!));
        Assert.All(body.QuerySelectorAll(".section p, .long p, .article-body > p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    [Fact]
    public void An_invitation_box_that_opens_the_story_takes_only_itself_not_the_story_it_leads()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="content"><div class="box"><h3>Subscribe to our newsletter</h3><p>Every morning in your inbox.</p></div><p>{HtmlTestDocuments.Paragraph("Story")}</p></div>
            """);

        var pruned = Prune(body);

        Assert.Equal([(RemovalReasons.Newsletter, "Subscribe to our newsletter Every morning in your inbox.")], pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector(".content > p")!));
    }

    [Fact]
    public void The_recall_pass_spares_the_prose_a_subscription_wrapper_holds_but_not_its_sign_up_box()
    {
        var body = HtmlTestDocuments.Body($"""
            <div id="subscription-replace-entire-article"><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></div>
            <div class="newsletter-box"><p>Sign up for our newsletter.</p></div>
            <div class="more">{string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Other {i}")}</p>"))}</div>
            """);
        var wrapper = body.QuerySelector("#subscription-replace-entire-article")!;

        var first = new PruneMap();
        var sparedFirst = new BoilerplatePruner(HtmlTestDocuments.Patterns).Prune(body, TextStatistics.Compute(body, null), first, recall: false, CancellationToken.None);
        var recall = new PruneMap();
        var sparedRecall = new BoilerplatePruner(HtmlTestDocuments.Patterns).Prune(body, TextStatistics.Compute(body, null), recall, recall: true, CancellationToken.None);

        Assert.True(first.IsRemoved(wrapper));
        Assert.False(recall.IsRemoved(wrapper));
        Assert.Equal((0, 1), (sparedFirst, sparedRecall));
        Assert.Equal([(RemovalReasons.Newsletter, "Sign up for our newsletter.")], recall.Audit.Select(r => (r.Reason, r.Text)));
    }

    // Trimmed from datasets/trafilatura japantimes.co.jp.surgical and datasets/fundus us/VoiceOfAmerica_2024_04_28.
    [Fact]
    public void Dateline_opening_a_paragraph_stays_while_one_standing_before_it_goes()
    {
        var body = HtmlTestDocuments.Body("""
            <div class="story"><p><span class="dateline">KOBE – </span>A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was learned Tuesday.</p></div>
            <div class="other"><span class="dateline">AUBURN, Wash. — </span><p>After a series of lower-paying jobs, Nicole Slemp finally landed one she loved.</p></div>
            """);

        var pruned = Prune(body);

        Assert.Equal([(RemovalReasons.Byline, "AUBURN, Wash. —")], pruned.Audit.Select(r => (r.Reason, r.Text.Trim())));
        Assert.False(pruned.IsRemoved(body.QuerySelector(".story .dateline")!));
    }

    [Fact]
    public void Hidden_elements_are_removed()
    {
        var body = HtmlTestDocuments.Body("<div style=\"display: none\">secret</div><p hidden>also hidden</p><p>visible</p>");

        var pruned = Prune(body);

        Assert.Equal(["secret", "also hidden"], pruned.Audit.Select(r => r.Text));
    }

    [Fact]
    public void Paywalled_story_text_hidden_only_from_assistive_technology_is_read_while_other_aria_hidden_text_is_not()
    {
        // TechRadar (fundus): the story goes on in <p class="paywall" aria-hidden="true"> paragraphs the page ships to every reader.
        var body = HtmlTestDocuments.Body("""
            <p>Google has been synonymous with search for more than 25 years.</p>
            <p id="elk-2" class="paywall" aria-hidden="true">That's heady, terrifying, and maybe a bit of hyperbole.</p>
            <p class="e-lead" aria-hidden="true">A teaser line read aloud elsewhere.</p>
            <p class="paywall" hidden>Held back for subscribers.</p>
            <div class="paywall-modal" aria-hidden="true">Subscribe to read on</div>
            """ + "<p class=\"body-text\tpaywall\" aria-hidden=\"true\">Class names apart by a tab still name the paywall.</p>");

        var pruned = Prune(body);

        Assert.Equal(["A teaser line read aloud elsewhere.", "Held back for subscribers.", "Subscribe to read on"], pruned.Audit.Select(r => r.Text));
    }

    [Fact]
    public void Wrapper_holding_most_of_the_body_is_kept_even_when_its_class_matches_a_rule()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="related-wrapper"><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></div>
            <div class="related"><p>{HtmlTestDocuments.Paragraph("Teaser")}</p></div>
            """);

        var pruned = Prune(body);

        Assert.False(pruned.IsRemoved(body.Children[0]));
        Assert.True(pruned.IsRemoved(body.Children[0].Children[0]) is false && pruned.IsRemoved(body.Children[1]));
    }

    /// <summary>Markup trimmed from the trafilatura page jis.gov.jm: a click-to-open popup (Popup Maker) holding a long brochure after a short news story.</summary>
    [Fact]
    public void A_closed_dialog_is_removed_however_much_of_the_page_it_holds()
    {
        var brochure = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Initial Officer Training Programme {i}")}</p>"));
        var body = HtmlTestDocuments.Body($"""
            <div class="entry-content"><p>{HtmlTestDocuments.Paragraph("The conference")}</p><p>{HtmlTestDocuments.Paragraph("During the five-day event")}</p></div>
            <div id="pum-289093" class="pum pum-overlay popmake-overlay click_open" role="dialog" aria-hidden="true"><div class="pum-container"><div class="pum-content popmake-content">{brochure}</div></div></div>
            """);

        var pruned = Prune(body);

        Assert.True(pruned.IsRemoved(body.QuerySelector("[role=dialog]")!));
        Assert.Equal(RemovalReasons.Consent, pruned.Audit.Single().Reason);
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("div.entry-content p")!));
    }

    [Fact]
    public void An_open_dialog_holding_most_of_the_page_is_kept_as_it_may_show_the_article()
    {
        var story = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Story {i}")}</p>"));
        var body = HtmlTestDocuments.Body($"""<div class="viewer" role="dialog" aria-modal="true"><article>{story}</article></div><p>{HtmlTestDocuments.Paragraph("Teaser")}</p>""");

        Assert.Equal(0, Prune(body).Count);
    }

    /// <summary>
    /// Markup trimmed from readability yahoo-2: the story opened over the front page sits in "render-target-modal", which the consent rule names,
    /// with the overlay's own menu of links beside it; the front page's stream of teasers holds more text than the story.
    /// </summary>
    [Fact]
    public void A_wrapper_a_rule_names_is_kept_when_it_holds_an_article_of_long_prose_though_its_own_links_are_many()
    {
        var story = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Story {i}")}</p>"));
        var menu = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/section-{i}\">Section number {i} of the site</a></li>"));
        var stream = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><p>{HtmlTestDocuments.Paragraph($"Teaser {i}")}</p></li>"));
        var body = HtmlTestDocuments.Body($"""
            <div id="render-target-modal"><ul class="menu">{menu}</ul><article>{story}</article></div>
            <div id="cookie-modal"><article><p>{HtmlTestDocuments.Paragraph("We use cookies")}</p></article></div>
            <ul class="stream">{stream}</ul>
            """);

        var pruned = Prune(body);

        Assert.False(pruned.IsRemoved(body.QuerySelector("#render-target-modal")!));
        Assert.True(pruned.IsRemoved(body.QuerySelector("#cookie-modal")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("#render-target-modal article p")!));
    }

    /// <summary>Roles as CNBC (fundus-eval CNBC_3: a video placeholder that is a button) and Wikipedia (readability wikipedia-2) write them on divs.</summary>
    [Fact]
    public void Aria_landmark_roles_and_non_link_buttons_are_removed_with_the_reason_their_tag_would_give()
    {
        var body = HtmlTestDocuments.Body($"""
            <div id="mw-navigation" role="navigation"><a href="/wiki/Main_Page">Main page</a></div>
            <div class="ArticleBody-articleBody"><p>{HtmlTestDocuments.Paragraph("Body")}</p>
            <div role="button" tabindex="0" id="Placeholder-ArticleBody-Video-107379521" class="PlaceHolder-wrapper"><div>watch now</div><div>VIDEO3:40</div></div>
            <p>{HtmlTestDocuments.Paragraph("More")}</p></div>
            <a class="next show-customizer" href="#add-ons" role="button">Next</a>
            <div id="footer" role="contentinfo">This page was last edited on 2 March 2024.</div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Navigation, "Main page"), (RemovalReasons.Boilerplate, "watch now VIDEO3:40"), (RemovalReasons.Footer, "This page was last edited on 2 March 2024.")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
    }

    /// <summary>Markup trimmed from the trafilatura pages fitforfun.de (a sources accordion), backen.de (an image toggle) and selbst.de (a js- hook on the article).</summary>
    [Fact]
    public void Toggle_controls_and_off_screen_labels_are_removed_but_a_script_hook_on_the_article_is_not()
    {
        var body = HtmlTestDocuments.Body($"""
            <section class="js-slider-toggle typo--editor"><p>{HtmlTestDocuments.Paragraph("Wurmkiste")}</p>
            <div class="text-theme recipe-list-view__image-toggle js-recipe-list-view__image-toggle"><span>Bild anzeigen</span> <span>Bild schließen</span></div>
            <div class="citation js-accordion initially-active active"><div class="citation__toggle headline small js-accordion-toggle">Quellen ausblenden</div><div class="citation__content">Studie der Universität Wien, 2021.</div></div>
            <span class="expand-icon__a11y-open h-offscreen">Personen-Box aufklappen</span></section>
            """);

        var pruned = Prune(body);

        Assert.Equal(["Bild anzeigen Bild schließen", "Quellen ausblenden", "Personen-Box aufklappen"], pruned.Audit.Select(r => r.Text));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("div.citation__content")!));
    }

    /// <summary>
    /// Markup trimmed from the trafilatura pages zdf.de.corona (the bookmark button's "status" messages, a log-in panel set as an
    /// &lt;article&gt;), phys.org (an ad-blocker notice) and golfpost.de (a dismissible banner): live regions and modal boxes are no text.
    /// </summary>
    [Fact]
    public void Live_region_messages_and_modal_boxes_set_as_articles_are_removed_but_an_article_with_other_classes_is_not()
    {
        var body = HtmlTestDocuments.Body($"""
            <article class="b-content-teaser-item modal-teaser"><p>{HtmlTestDocuments.Paragraph("Epizentrum")}</p>
            <span id="notice-fav-add" class="b-plus-btn-tooltip" data-module="plusbuttontooltips" role="status" aria-live="polite"><span class="icon-304_highlight"></span>Gemerkt auf Mein ZDF!</span>
            <div class="alert py-2 bg-danger fade" role="alert">It appears that you are currently using Ad Blocking software.</div></article>
            <article class="password-modal dark-modal loginpanelgroup-panel" id="logindialog-password"><h2 class="modal-headline">Passwort vergessen?</h2>
            <p>Hinweis: Das bestehende Passwort muss mindestens 8 Zeichen lang sein.</p></article>
            <article class="registry-message-modal dark-modal loginpanelgroup-panel m-activation-pending"><p>Wir bitten um einen Moment Geduld.</p></article>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [
                (RemovalReasons.Boilerplate, "Gemerkt auf Mein ZDF!"),
                (RemovalReasons.Boilerplate, "It appears that you are currently using Ad Blocking software."),
                (RemovalReasons.Consent, "Passwort vergessen? Hinweis: Das bestehende Passwort muss mindestens 8 Zeichen lang sein."),
                (RemovalReasons.Consent, "Wir bitten um einen Moment Geduld."),
            ],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("article.modal-teaser p")!));
    }

    /// <summary>
    /// Markup from readability wikipedia-3 (a section heading's "[edit]"), htmldate theweek.com (a CMS "Edit" link over a headline) and
    /// trafilatura eatsmarter.de (a print button drawn by an icon font from the word "print").
    /// </summary>
    [Fact]
    public void A_cms_edit_control_and_an_icon_fonts_ligature_are_removed_while_the_heading_and_paragraph_they_sit_in_stay()
    {
        var body = HtmlTestDocuments.Body($"""
            <div id="mw-content-text"><p>{HtmlTestDocuments.Paragraph("Hermitian")}</p>
            <h2><span class="mw-headline" id="Spectral_properties">Spectral properties</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Hermitian_matrix&amp;action=edit&amp;section=4" title="Edit section: Spectral properties">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
            <p>{HtmlTestDocuments.Paragraph("Eigenvalues")} <span data-url="/druckansicht"><i class="material-icons">print</i></span></p>
            <div class="sr-headline-section"><div class="edit-link"><a href="http://cms.theweek.com/admin/tw-admin/edit/887020">Edit</a></div><h2 class="sr-headline">Trump visited a Trump-owned golf course</h2></div></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Boilerplate, "[edit]"), (RemovalReasons.Boilerplate, "print"), (RemovalReasons.Boilerplate, "Edit")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.All(body.QuerySelectorAll("h2, p"), e => Assert.False(pruned.IsInsideRemoved(e)));
    }

    /// <summary>
    /// Markup from the trafilatura pages backen.de (a "show all pictures" switch labelled "Toggle") and trails.de (progress bars), and from
    /// comparis.ch (text set inside elements called tabs), whose text stays.
    /// </summary>
    [Fact]
    public void Form_controls_are_removed_by_their_role_while_text_set_in_tabs_stays()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="recipe"><p>{HtmlTestDocuments.Paragraph("Kuchen")}</p>
            <div class="switch" role="checkbox"><input type="checkbox" id="list-view-switch" /><label class="switch__label" for="list-view-switch">Toggle</label></div>
            <div class="bar" role="progressbar" aria-valuenow="40">40%</div>
            <div role="tablist"><div role="tab"><h3>Eigentum</h3><p>Der Wagen gehört von Anfang an Ihnen. Das heisst: Sie können über den Wagen so verfügen, wie Sie wollen.</p></div></div></div>
            """);

        var pruned = Prune(body);

        Assert.Equal([(RemovalReasons.Boilerplate, "Toggle"), (RemovalReasons.Boilerplate, "40%")], pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("div[role=tab] p")!));
    }

    [Fact]
    public void A_video_players_controls_are_removed_with_the_player()
    {
        // As on independent.co.uk (readability bug-1255978): a Brightcove video.js player between two paragraphs prints its control bar's
        // labels ("Current Time 0:00", "Loaded: 0%", "Stream TypeLIVE"); JW Player names its bar "jw-controlbar".
        var body = HtmlTestDocuments.Body($"""
            <div class="story"><p>{HtmlTestDocuments.Paragraph("Towels")}</p>
            <div class="video-js vjs-paused vjs-controls-enabled" role="region" aria-label="video player"><video class="vjs-tech" preload="none"></video>
            <div class="vjs-big-play-button" role="button"><span class="vjs-control-text">Play Video</span></div>
            <div class="vjs-control-bar" dir="ltr" role="group"><div class="vjs-current-time vjs-time-control vjs-control"><span class="vjs-control-text">Current Time </span>0:00</div><div class="vjs-progress-control vjs-control"><span class="vjs-control-text">Loaded: 0%</span></div></div></div>
            <div class="jw-wrapper"><div class="jw-controlbar jw-reset"><span class="jw-text-elapsed">00:00</span> <span class="jw-text-duration">03:12</span></div></div>
            <p>{HtmlTestDocuments.Paragraph("Peep hole")}</p></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Boilerplate, "Play Video Current Time 0:00 Loaded: 0%"), (RemovalReasons.Boilerplate, "00:00 03:12")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.All(body.QuerySelectorAll("p"), p => Assert.False(pruned.IsInsideRemoved(p)));
    }

    [Fact]
    public void Paragraph_class_does_not_remove_the_paragraph()
    {
        var body = HtmlTestDocuments.Body($"<div><p class=\"paywall share\">{HtmlTestDocuments.Paragraph("Body")}</p></div>");

        var pruned = Prune(body);

        Assert.Equal(0, pruned.Count);
    }

    /// <summary>Markup trimmed from the fundus page SRF_2024_04_15: an interviewee's profile box (portrait, name, job title, one-line bio) set into the interview.</summary>
    [Fact]
    public void A_schema_org_person_with_a_portrait_is_removed_as_a_byline_but_a_person_without_one_is_kept()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="article-content">
            <p>{HtmlTestDocuments.Paragraph("Intro")} Wie zentral der Konflikt für die USA ist, weiss USA-Kenner Thomas Jäger.</p>
            <div class="expandable-box js-expandable-box" data-event-source="People Box" itemscope itemtype="http://schema.org/Person">
              <div class="expandable-box__header"><picture class="image image--circle image--profile-picture"><img alt="Thomas Jäger" src="https://www.srf.ch/static/cms/images/320w/f57f16.jpg"></picture>
                <div class="person-details" itemscope itemtype="https://schema.org/Person"><p class="person-details__name" itemprop="name">Thomas Jäger</p>
                  <p class="person-details__function" itemprop="jobTitle">Politikwissenschaftler</p></div>
              </div>
              <div class="expandable-box__content"><p>Der Politologe Thomas Jäger ist Professor für Internationale Politik und Aussenpolitik mit Schwerpunkt USA an der Universität Köln.</p></div>
            </div>
            <p>{HtmlTestDocuments.Paragraph("Answer")} Das sagt <span itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna Muster</span></span>.</p>
            </div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Byline, "Thomas Jäger Politikwissenschaftler Der Politologe Thomas Jäger ist Professor für Internationale Politik und Aussenpolitik mit Schwerpunkt USA an der Universität Köln.")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("span[itemprop=name]")!));
    }
}

/// <summary>Class tokens that CMSs put on article wrappers must not trigger boilerplate rules (markup from trafilatura dataset pages tierwelt.ch, chip.de and a WordPress blog).</summary>
public class CmsClassTokenTests
{
    private static PruneMap Prune(AngleSharp.Dom.IElement body)
    {
        var pruned = new PruneMap();
        new BoilerplatePruner(HtmlTestDocuments.Patterns).Prune(body, TextStatistics.Compute(body, null), pruned, CancellationToken.None);
        return pruned;
    }

    private static string Filler(int paragraphs) =>
        string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Filler {i}")}</p>"));

    [Theory]
    [InlineData("clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item")]
    [InlineData("TestReport__Section  TestReport__Section--Ads ")]
    [InlineData("post-123 post type-post status-publish tag-abitur tag-bibel category-allgemein")]
    [InlineData("elementor-element elementor-element-73c1fb0b elementor-widget elementor-widget-text-editor")]
    [InlineData("elementor-widget-container")]
    public void Article_wrapper_with_cms_modifier_tokens_is_kept(string cls)
    {
        var body = HtmlTestDocuments.Body($"""<div class="{cls}"><p>{HtmlTestDocuments.Paragraph("Lange Zeit galt Pelz als luxuriös")}</p></div>{Filler(4)}""");

        var pruned = Prune(body);

        Assert.False(pruned.IsRemoved(body.Children[0]));
    }

    [Theory]
    [InlineData("hidden", RemovalReasons.Boilerplate)]
    [InlineData("card !hidden", RemovalReasons.Boilerplate)]
    [InlineData("entry-tags", RemovalReasons.Navigation)]
    [InlineData("ad-slot", RemovalReasons.Advertisement)]
    [InlineData("article__ad", RemovalReasons.Advertisement)]
    [InlineData("rollover-people-block", RemovalReasons.Boilerplate)]
    [InlineData("hovercard", RemovalReasons.Boilerplate)]
    [InlineData("widget widget_text", RemovalReasons.Navigation)]
    [InlineData("TestReport__AuthorBox", RemovalReasons.Byline)]
    [InlineData("about-the-author", RemovalReasons.Byline)]
    [InlineData("grid-container next-prev", RemovalReasons.Related)] // As on autoindustriya.com (AEB): the previous and next stories' teasers.
    [InlineData("prev-next-links", RemovalReasons.Related)]
    public void Boilerplate_tokens_still_remove(string cls, string reason)
    {
        var body = HtmlTestDocuments.Body($"""<div class="{cls}">Dein Browser ist leider veraltet.</div>{Filler(4)}""");

        var pruned = Prune(body);

        Assert.Equal(reason, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void Long_low_link_prose_block_survives_a_class_rule_but_a_short_one_does_not()
    {
        var body = HtmlTestDocuments.Body($"""<div class="widget">{Filler(20)}</div><div class="widget"><p>{HtmlTestDocuments.Paragraph("Sidebar")}</p></div>{Filler(60)}""");

        var pruned = Prune(body);

        Assert.False(pruned.IsRemoved(body.Children[0]));
        Assert.True(pruned.IsRemoved(body.Children[1]));
    }

    [Fact]
    public void Overlay_holding_less_than_half_of_a_short_page_is_removed()
    {
        // As on dhb.de (trafilatura dataset): an outdated-browser overlay holds 41 % of the page's paragraphs.
        var body = HtmlTestDocuments.Body($"""
            <div id="IE-overlay"><p>{HtmlTestDocuments.Paragraph("Browser")}</p><p>{HtmlTestDocuments.Paragraph("Update")}</p></div>
            <section class="news"><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></section>
            """);

        var pruned = Prune(body);

        Assert.True(pruned.IsRemoved(body.QuerySelector("#IE-overlay")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector(".news")!));
    }

    [Fact]
    public void A_grid_of_teaser_cards_is_removed_as_related_content()
    {
        // As on greenpeace.de (trafilatura dataset): "Zum Weiterlesen" over cards of other stories, each with a title, a date and a summary, inside the article.
        var body = HtmlTestDocuments.Body($"""
            <article><div class="text"><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></div>
            <div class="Teasers u-container Teasers--3columns"><h2 class="Teasers-headline">Zum Weiterlesen</h2>
            <div class="Teaser"><h3>Rangliste der Plastikverschmutzer</h3><p>Plastikproduzenten ignorieren ihre Verantwortung für die Umwelt.</p><a href="/a">Mehr erfahren</a></div></div></article>
            """);

        var pruned = Prune(body);

        Assert.Equal(RemovalReasons.Related, Assert.Single(pruned.Audit).Reason);
        Assert.True(pruned.IsRemoved(body.QuerySelector(".Teasers")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector(".text")!));
    }

    [Fact]
    public void Table_of_contents_author_box_and_rating_widget_are_removed_but_section_anchors_named_toc_are_not()
    {
        // As on silkes-weinkeller.de (ez-toc), neunzehn72.de (Simple Author Box), aktion-hummelschutz.de (WP-PostRatings), trafilatura dataset;
        // healthline.com names its sections' anchors TOC_TITLE_n, which must stay.
        var body = HtmlTestDocuments.Body($"""
            <div class="entry-content"><div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy"><p class="ez-toc-title">Inhaltsverzeichnis</p></div>
            <div id="TOC_TITLE_1"><p>{HtmlTestDocuments.Paragraph("One")}</p></div><p>{HtmlTestDocuments.Paragraph("Two")}</p>
            <p>War der Artikel nützlich? <span class="post-ratings" id="post-ratings-4373">(95 Stimmen)</span></p>
            <div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Ich mag jede Art von Fotografie.</p></div></div></div>
            """);

        var pruned = Prune(body);

        Assert.Equal(
            [(RemovalReasons.Navigation, "Inhaltsverzeichnis"), (RemovalReasons.Boilerplate, "(95 Stimmen)"), (RemovalReasons.Byline, "Ich mag jede Art von Fotografie.")],
            pruned.Audit.Select(r => (r.Reason, r.Text)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("#TOC_TITLE_1 p")!));
    }

    [Fact]
    public void A_related_posts_list_quoting_more_prose_than_the_article_is_removed()
    {
        // As on tv-orange.de (trafilatura dataset): a short post followed by a list of related posts with long excerpts.
        var excerpts = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/p{i}\">Post {i}</a><p>{HtmlTestDocuments.Paragraph($"Excerpt {i}")} {HtmlTestDocuments.Paragraph($"More {i}")}</p></li>"));
        var body = HtmlTestDocuments.Body($"""
            <div class="entry"><p>{HtmlTestDocuments.Paragraph("Post")}</p><ul class="related_post wp_rp">{excerpts}</ul></div>
            """);

        var pruned = Prune(body);

        Assert.True(pruned.IsRemoved(body.QuerySelector("ul")!));
        Assert.Equal(RemovalReasons.Related, Assert.Single(pruned.Audit).Reason);
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector(".entry > p")!));
    }

    /// <summary>Markup trimmed from the trafilatura page heise.de (Lithium aus dem Schrott): sub-headings carry table-of-contents anchors made of their own words.</summary>
    [Fact]
    public void A_heading_is_judged_by_its_class_not_by_its_anchor_id()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="article-content">
              <p>{HtmlTestDocuments.Paragraph("One")}</p>
              <h3 id="nav_nur_die_folie__1" class="subheading">Nur die Folie bleibt zurück</h3>
              <p>{HtmlTestDocuments.Paragraph("Two")}</p>
              <h3 class="sidebar-title">Mehr zum Thema</h3>
            </div>
            """);

        var pruned = Prune(body);

        Assert.Equal([(RemovalReasons.Navigation, "Mehr zum Thema")], pruned.Audit.Select(r => (r.Reason, r.Text)));
    }
}
