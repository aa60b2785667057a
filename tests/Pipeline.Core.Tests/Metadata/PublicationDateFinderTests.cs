using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>How the publication date is chosen among the page's sources, on real pages of the htmldate and trafilatura datasets and on small pages.</summary>
public sealed class PublicationDateFinderTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    [Fact]
    public void Utc_timestamp_is_reported_on_the_day_the_page_shows()
    {
        // article:published_time says 2023-11-09T02:11:03+00:00; the Boston page shows November 8 (21:11 -05:00).
        var metadata = ExtractPage("htmldate/html/whdh.com-Roxbury.html.gz");
        Assert.Equal("2023-11-08", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Date_in_the_url_outranks_a_relaunch_date_in_json_ld()
    {
        // JSON-LD says 2019-06-17, two years after the story's /2017/7/12/ address was minted.
        var metadata = ExtractPage("trafilatura/html/befifty.montauk.html.gz");
        Assert.Equal("2017-07-12", metadata.PublishedAt);
    }

    [Fact]
    public void British_page_reads_slashed_dates_day_first()
    {
        // The only date is "02/10/2020" on a page marked xml:lang="en-GB": 2 October, not February 10.
        var metadata = ExtractPage("trafilatura/html/msn.com.university.html.gz");
        Assert.Equal("2020-10-02", metadata.PublishedAt);
    }

    [Fact]
    public void Forum_page_clock_and_member_registration_are_not_the_post_date()
    {
        // "Aktuelle Zeit: 14.10.2020" and "Registriert: 18.09.2008" stand before the first post of 21.01.2009.
        var metadata = ExtractPage("trafilatura/html/foren.myoos.de.html.gz");
        Assert.Equal("2009-01-21", metadata.PublishedAt);
    }

    [Fact]
    public void Date_labelled_as_published_beats_the_last_change_date()
    {
        // "Letzte Änderung: 31.10.2023 ... Erschienen am: 01.11.2023".
        var metadata = ExtractPage("trafilatura/html/literaturkritik.de-Ann-Cotten.html.gz");
        Assert.Equal("2023-11-01", metadata.PublishedAt);
    }

    [Fact]
    public void Date_shown_under_the_heading_beats_a_generic_date_meta()
    {
        // <meta name="date"> holds the CMS record's 2021-12-20; the news item under the heading is dated 27.01.2022.
        var metadata = ExtractPage("trafilatura/html/deutscheweine.de-riesling.html.gz");
        Assert.Equal("2022-01-27", metadata.PublishedAt);
    }

    [Fact]
    public void Json_ld_date_of_a_how_to_page_is_used()
    {
        var metadata = ExtractPage("trafilatura/html/homify.de-Tischdecke.html.gz");
        Assert.Equal("2022-01-10", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Layout_wrapper_marked_has_sidebar_does_not_hide_the_article_date()
    {
        var metadata = ExtractPage("trafilatura/html/tierwelt.ch-plez.html.gz");
        Assert.Equal("2022-02-01", DateScorerDay(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("<html lang=\"de\"><body><h1>Titel</h1><p>Stand 03/04/2020</p></body></html>", "2020-04-03")]
    [InlineData("<html lang=\"en-US\"><body><h1>Title</h1><p>Posted 03/04/2020</p></body></html>", "2020-03-04")]
    [InlineData("<html lang=\"en-US\"><body><h1>Title</h1><p>Posted 03/04/2020, comments closed 25/04/2020</p></body></html>", "2020-04-03")]
    public void Slashed_dates_follow_the_page_language_unless_a_sibling_settles_the_order(string html, string expected) =>
        Assert.Equal(expected, ExtractHtml(html).PublishedAt);

    [Theory]
    [InlineData("en", "https://www.example.co.uk/story", "2020-04-03")]
    [InlineData(null, "https://www.example.com.au/story", "2020-04-03")]
    [InlineData("en", "https://www.example.com/story", "2020-03-04")]
    [InlineData("en-US", "https://www.example.co.uk/story", "2020-03-04")]
    public void English_page_on_a_day_first_country_host_reads_slashed_dates_day_first(string? language, string canonical, string expected)
    {
        var lang = language is null ? "" : $" lang=\"{language}\"";
        var html = $"<html{lang}><head><link rel=\"canonical\" href=\"{canonical}\"></head><body><h1>Title</h1><p>Posted 03/04/2020</p></body></html>";
        Assert.Equal(expected, ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void English_page_on_a_generic_host_reads_a_slashed_date_day_first_when_the_url_month_says_so()
    {
        // An Indian daily on a .com host: "05/11/2020" under /2020/11/ is 5 November, not May 11.
        var html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://www.example.com/news/2020/11/city-metro-extension\"></head>"
            + "<body><h1>City metro extension opens</h1><p>By Staff Reporter | Updated 05/11/2020</p><p>The new line runs to the airport.</p></body></html>";
        Assert.Equal("2020-11-05", ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void Date_in_a_compact_url_segment_is_read()
    {
        var metadata = ExtractHtml("<html><head><link rel=\"canonical\" href=\"https://example.org/20200428/meet-the-swede\"></head><body><h1>Meet the Swede</h1><p>No date here.</p></body></html>");
        Assert.Equal("2020-04-28", metadata.PublishedAt);
    }

    [Fact]
    public void Title_starting_with_a_number_after_a_year_and_month_is_not_a_day()
    {
        // /2023/10/3-fragen-an/ is October 2023 and a title, not 3 October.
        var metadata = ExtractHtml("<html><head><link rel=\"canonical\" href=\"https://example.org/2023/10/3-fragen-an-tina/\"></head><body><h1>3 Fragen an Tina</h1><p>Kein Datum.</p></body></html>");
        Assert.Null(metadata.PublishedAt);
    }

    [Fact]
    public void Shown_date_before_the_month_of_the_address_gives_way_to_the_address_date()
    {
        // engadget.com writes 3 November 2017 as "11.03.17", which reads day-first as 11 March: months before /2017/11/03/ was minted.
        var metadata = ExtractHtml("<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://www.engadget.com/2017/11/03/xbox-one-x-review/\"></head><body><h1>Xbox One X review: Polishing a powerhouse</h1>"
            + "<div class=\"t-meta-small@s t-meta@m+\"><a href=\"/about/editors/devindra-hardawar/\" class=\"th-meta\">Devindra Hardawar</a><div class=\"th-meta\"> 11.03.17 in <a href=\"/tags/gadgetry/\" class=\"th-topic\">Gadgetry</a></div></div>"
            + "<p>Microsoft's new console is the most powerful one yet, and it shows in every game we tried on it.</p></body></html>");
        Assert.Equal("2017-11-03", metadata.PublishedAt);
    }

    [Fact]
    public void Teaser_date_before_the_month_of_the_address_does_not_date_the_page()
    {
        // herrpfleger.de: the story at /2019/10/ shows only "vor 4 Monaten"; the dates around it are older stories' teasers.
        var metadata = ExtractHtml("<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://herrpfleger.de/2019/10/new-balance-fuelcell-echo-bringt-speed/\"></head><body>"
            + "<div>Gadgets Update zur Yeelight Smart LED Glühbirne 22. Oktober 2018</div><h1>New Balance: FuelCell Echo bringt Speed</h1><p>vor 4 Monaten</p>"
            + "<p>New Balance nimmt mit dem FuelCell Echo ein neues schnelles und stylisches Mitglied in seine Produktfamilie auf.</p></body></html>");
        Assert.Null(metadata.PublishedAt);
    }

    [Fact]
    public void Arabic_month_names_are_read()
    {
        var metadata = ExtractHtml("<html lang=\"ar\"><head><meta property=\"article:published_time\" content=\"الأربعاء، 07 أكتوبر 2020 - 12:09 م\"></head><body><h1>عنوان</h1></body></html>");
        Assert.Equal("2020-10-07", metadata.PublishedAt);
    }

    [Fact]
    public void Page_showing_no_date_is_dated_from_a_time_element_in_its_sidebar()
    {
        var metadata = ExtractHtml("<html lang=\"de\"><body><h1>Burgenland</h1><p>Text ohne Datum.</p><aside class=\"sidebar\"><p class=\"time\"><time datetime=\"2022-01-28\">28. Jänner</time></p></aside></body></html>");
        Assert.Equal("2022-01-28", metadata.PublishedAt);
    }

    [Fact]
    public void Page_showing_no_date_is_dated_from_its_script_data()
    {
        var metadata = ExtractHtml("<html><body><h1>Kaffee</h1><p>Ohne Datum.</p><script>var product = {\"title\":\"Sidamo\",\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script></body></html>");
        Assert.Equal("2019-03-02T06:22:28+01:00", metadata.PublishedAt);
    }

    [Fact]
    public void Script_dates_are_not_used_when_the_page_shows_a_date()
    {
        var metadata = ExtractHtml("<html><body><h1>Kaffee</h1><p>Veröffentlicht am 05.03.2019</p><script>var p = {\"published_at\":\"2018-01-01T00:00:00Z\"};</script></body></html>");
        Assert.Equal("2019-03-05", metadata.PublishedAt);
    }

    [Fact]
    public void Headline_set_inside_a_figure_keeps_the_date_beside_it()
    {
        // <figure class="teaser"><img><figcaption>Foto</figcaption><div class="info"><span class="date">02.02.2022</span></div><h1>...
        // A modal's h1 comes first; the article root the engine chooses says which heading is the story's.
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "trafilatura/html/www.dhb.de-regionallehrgang.html.gz"));
        var outcome = new ArticleCleaner().Clean(new RawInput(content, "dhb.html", "text/html"));
        Assert.Equal("2022-02-02", outcome.Result!.Articles[0].PublishedAt);
    }

    [Fact]
    public void Opinion_header_whose_class_names_a_comment_is_the_article_not_a_reader_comment()
    {
        // The headline and "Dienstag, 29. Januar 2019" sit in "ArticleHeaderComment"; the footer's e-paper is dated 30.01.2019.
        var metadata = ExtractPage("htmldate/html/horizont.net.html.gz");
        Assert.Equal("2019-01-29", metadata.PublishedAt);
    }

    [Theory]
    [InlineData("htmldate/html/1493757507.html.gz", "2020-01-13")] // <header>…<span class="date">Tue, 14 Jan 2020</span>; the story: "13 Jan 2020, 22:11 GMT+10"
    [InlineData("trafilatura/html/nachtkritik.de-Dragqueens.html.gz", "2023-10-31")] // <header><div class="navtop"><time>Mittwoch, 01. November 2023</time>
    public void Clock_in_the_site_banner_is_not_the_article_date(string path, string expected) =>
        Assert.Equal(expected, DateScorerDay(ExtractPage(path).PublishedAt));

    [Fact]
    public void Page_showing_no_date_is_dated_from_a_labelled_pair_in_its_details_box()
    {
        // <aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>...
        var metadata = ExtractPage("htmldate/html/ebene11.com.autocad.html.gz");
        Assert.Equal("2017-01-12", metadata.PublishedAt);
    }

    [Theory]
    [InlineData("details", "2017-01-12")]
    [InlineData("comment-list", null)]
    public void Labelled_pair_inside_a_reader_comment_is_not_the_article_date(string boxClass, string? expected)
    {
        var metadata = ExtractHtml($"<html lang=\"de\"><body><h1>Titel</h1><p>Text ohne Datum.</p><div class=\"{boxClass}\"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></div></body></html>");
        Assert.Equal(expected, metadata.PublishedAt);
    }

    [Theory]
    [InlineData("<h1>Das Hermelin</h1><p class=\"rte-paragraph__caption\">01. November 2021 | Naturschutz</p><p>Text.</p>", "2021-11-01")]
    [InlineData("<h1>Das Hermelin</h1><div><img src=\"a.jpg\"><p class=\"caption\">Foto vom 01. November 2021</p></div><p>Text.</p>", null)]
    public void Caption_styled_line_is_a_caption_only_beside_a_picture(string body, string? expected) =>
        Assert.Equal(expected, ExtractHtml($"<html lang=\"de\"><body>{body}</body></html>").PublishedAt);

    [Fact]
    public void Arabic_date_naming_the_month_twice_is_read()
    {
        // "تم نشره الجمعة 24 نيسان / أبريل 2020": the Levantine and the Egyptian name of April.
        var metadata = ExtractPage("htmldate/html/1588107198.html.gz");
        Assert.Equal("2020-04-24", metadata.PublishedAt);
    }

    [Fact]
    public void Json_ld_date_contradicted_by_the_meta_and_the_shown_date_gives_way()
    {
        // JSON-LD says 2022-01-04; article:published_time and the line under the heading both say 06.01.2022.
        var metadata = ExtractPage("trafilatura/html/outdoor-magazin.com-vanlife.html.gz");
        Assert.Equal("2022-01-06", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Date_of_another_story_card_is_not_the_article_date()
    {
        // A logo h1 comes first; the story's <article> shows "28 juin 2019", a card in the sidebar's <article> a marked-up pubdate of 22 September.
        var metadata = ExtractPage("htmldate/html/la-bas.org.porte.html.gz");
        Assert.Equal("2019-06-28", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Drupal_submitted_line_dates_the_post_rather_than_a_date_in_its_text()
    {
        // <div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>; the body mentions a camp "am 23.-26.8.2017".
        var metadata = ExtractPage("trafilatura/html/creativecommons.at.faircoin.html.gz");
        Assert.Equal("2017-07-24", metadata.PublishedAt);
    }

    [Fact]
    public void Dateline_right_above_the_headline_beats_a_date_further_down()
    {
        // <p>02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red</p><h1>…</h1>; a "most read" list below is dated 30.01.2022.
        var metadata = ExtractPage("htmldate/html/handball-word.news-nationalspiel.html.gz");
        Assert.Equal("2022-02-02", metadata.PublishedAt);
    }

    [Fact]
    public void Aside_inside_the_story_article_dates_it_before_a_generic_date_meta()
    {
        // <article><header><h1>…</h1></header>…<aside class="meta"><time datetime="2022-01-21">; <meta name="Date"> says 2022-1-26.
        var metadata = ExtractPage("trafilatura/html/alpin.de-freeride.html.gz");
        Assert.Equal("2022-01-21", metadata.PublishedAt);
    }

    [Fact]
    public void Machine_stamp_inside_a_dated_element_beats_its_text_rendered_in_the_crawler_zone()
    {
        // <a class="tweet-timestamp" title="11:25 PM - 10 Jul 2020"><span class="_timestamp" data-time="1594448702">: 06:25 UTC on 11 July.
        var metadata = ExtractPage("htmldate/html/1676646261.html.gz");
        Assert.Equal("2020-07-11", DateScorerDay(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("/menschenrechte-achten", "2021-11-10")]
    [InlineData("/andere-meldung", null)]
    public void Page_showing_no_date_is_dated_from_its_own_teaser_in_a_news_list(string teaserHref, string? expected)
    {
        var html = "<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://www.awo.org/menschenrechte-achten\"></head><body><h1>Menschenrechte achten</h1><p>Ein Appell ohne Datum.</p>"
            + $"<div class=\"view-news\"><a href=\"{teaserHref}\"><div class=\"teaser\"><div class=\"authored\">10.11.2021</div><h2>Menschenrechte achten</h2></div></a></div></body></html>";
        Assert.Equal(expected, ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void Page_whose_text_shows_no_date_is_dated_from_its_own_description()
    {
        // <meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)">; the body is menus only.
        var metadata = ExtractPage("trafilatura/html/parcoabruzzo.it.58354.html.gz");
        Assert.Equal("2020-01-14", metadata.PublishedAt);
    }

    [Theory]
    [InlineData("<![CDATA[ [{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"}] ]]>")]
    [InlineData("/*<![CDATA[*/{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"}/*]]>*/")]
    public void Json_ld_wrapped_in_cdata_is_read(string script)
    {
        var metadata = ExtractHtml($"<html><head><script type=\"application/ld+json\">{script}</script></head><body><h1>Vidyard</h1><p>Last Updated: January 7, 2025</p></body></html>");
        Assert.Equal("2020-07-10T14:15:42+00:00", metadata.PublishedAt);
    }

    [Fact]
    public void Date_held_in_a_data_date_attribute_under_the_heading_is_read()
    {
        // <h1>Achtsam durch die Krise</h1> … <div data-date="18. März 2020" class="timeline__arrow">: the page writes no other date of its own.
        var metadata = ExtractPage("trafilatura/html/furche.at.achtsam.html.gz");
        Assert.Equal("2020-03-18", metadata.PublishedAt);
    }

    [Fact]
    public void Page_labelled_date_beats_a_date_cited_in_a_sentence_of_its_text()
    {
        // The body cites "Science; Vol. 371, … 15. Januar 2021"; the page's own line reads "Aktualisiert am 17.01.2021".
        var metadata = ExtractPage("trafilatura/html/internetchemie.info.Heliumkerne.html.gz");
        Assert.Equal("2021-01-17", metadata.PublishedAt);
    }

    [Fact]
    public void Indented_dateline_above_the_headline_is_measured_by_its_words()
    {
        // <div class="topline">, runs of tabs, <span>06.12.2022</span></div><h1>…; the dek below offers a loan "vom 9.1. -10.2.2023".
        var metadata = ExtractPage("trafilatura/html/enwb.com.windpark.steinheim.html.gz");
        Assert.Equal("2022-12-06", metadata.PublishedAt);
    }

    [Fact]
    public void Date_in_a_related_list_item_beside_another_story_link_is_not_the_article_date()
    {
        // <time>12.12.2022 12:22</time> stands above the h1; "Weitere Pressemitteilungen dieses Verbands" below lists
        // <li><time>10.08.2022 11:05</time><a href="/news/pressemitteilung/wieviel-haus-…/">Wieviel Haus kann ich mir (noch) leisten?</a></li>.
        var metadata = ExtractPage("trafilatura/html/verbaende.com.2023.html.gz");
        Assert.Equal("2022-12-12", DateScorerDay(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("<li><time datetime=\"2021-03-02\">2. März 2021</time> <a href=\"/andere-geschichte\">Eine ganz andere Geschichte hier</a></li>", "2021-05-04")]
    [InlineData("<li><a href=\"/andere-geschichte\"><h3>Eine ganz andere Geschichte hier</h3><time datetime=\"2021-03-02\">2. März 2021</time></a></li>", "2021-05-04")]
    [InlineData("<li><time datetime=\"2021-03-02\">2. März 2021</time> von <a href=\"/autor/jana-muster\">Jana Muster</a></li>", "2021-03-02")]
    [InlineData("<li><a href=\"/2021/03/02/\"><time datetime=\"2021-03-02\">2. März 2021</time></a></li>", "2021-03-02")]
    public void Date_beside_a_link_titled_as_another_story_is_left_to_that_story(string item, string expected)
    {
        // The story's own date stands above its heading; a date after the heading ranks first unless it is another story's.
        var html = "<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://example.org/diese-geschichte\"></head><body>"
            + $"<div><time datetime=\"2021-05-04\">4. Mai 2021</time></div><h1>Diese Geschichte</h1><p>Ein Text.</p><ul>{item}</ul></body></html>";
        Assert.Equal(expected, DateScorerDay(ExtractHtml(html).PublishedAt));
    }

    [Fact]
    public void Line_about_this_very_page_beside_its_link_dates_a_page_showing_no_other_date()
    {
        // Sidebar "Über diesen Artikel": <a href="…/literatur-und-animated-typography/">…</a> wurde am <nobr>19. Mai 2010</nobr> um 23:03 Uhr gepostet.
        var metadata = ExtractPage("trafilatura/html/archive.org.bewegliche-lettern.de.typography.html.gz");
        Assert.Equal("2010-05-19", metadata.PublishedAt);
    }

    [Fact]
    public void Dated_element_labelled_as_an_update_is_not_the_publication_date()
    {
        // The only dated element reads "Aktualisiert am 02.03.2021"; a generic date meta holds the publication.
        var html = "<html lang=\"de\"><head><meta name=\"date\" content=\"2021-02-01\"></head><body><h1>Titel</h1><div class=\"date\">Aktualisiert am 02.03.2021</div><p>Ein Text.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-02-01", metadata.PublishedAt);
        Assert.Equal("2021-03-02", metadata.UpdatedAt);
    }

    [Fact]
    public void Dashed_datetime_attribute_is_read_day_first()
    {
        // <time datetime="01-11-2023 10:29">1. November 2023 10:29</time> in the author box.
        var metadata = ExtractPage("htmldate/html/exxpress.at-zaehne.html.gz");
        Assert.Equal("2023-11-01", metadata.PublishedAt);
    }

    [Fact]
    public void Dateline_with_spaced_pipes_under_the_picture_is_read()
    {
        // <div class="subline"><table><tr><td>26 | 01 | 2022 </td><td class="categories">Schweiz | Praxis | Video</td>…: no other date on the page.
        var metadata = ExtractPage("trafilatura/html/petri-heil-ch-hechte.html.gz");
        Assert.Equal("2022-01-26", metadata.PublishedAt);
    }

    [Fact]
    public void Internet_date_in_json_ld_is_dated_on_the_host_country_day()
    {
        // "datePublished": "Wed, 04 May 2022 02:41:00 GMT" on eldeber.com.bo: the evening of 3 May in La Paz.
        var metadata = ExtractPage("trafilatura/html/eldeber.com.bo-autos.html.gz");
        Assert.Equal("2022-05-03", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Page_showing_its_date_in_utc_keeps_the_utc_day()
    {
        // JSON-LD "Wed, 28 Oct 2020 22:22:49 GMT" and <time datetime="2020-10-28T22:22:49.000Z">28 October 2020</time> on au.news.yahoo.com.
        var metadata = ExtractPage("htmldate/html/1753036930.html.gz");
        Assert.Equal("2020-10-28", DateScorerDay(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("fi", "Päivitetty", "Julkaistu")]
    [InlineData("nb", "Oppdatert", "Publisert")]
    [InlineData("sv", "Uppdaterad", "Publicerad")]
    [InlineData("da", "Opdateret", "Publiceret")]
    [InlineData("cs", "Aktualizováno", "Publikováno")]
    [InlineData("pl", "Zaktualizowano", "Opublikowano")]
    [InlineData("ru", "Обновлено", "Опубликовано")]
    [InlineData("fr", "Actualisé le", "Publié le")]
    public void Update_line_above_the_publication_line_is_read_as_the_update_in_many_languages(string language, string updatedLabel, string publishedLabel)
    {
        // The dateline under the heading names the last update first ("Päivitetty 3.3.2021 12:00", as on Nordic news sites), then the publication.
        var html = $"<html lang=\"{language}\"><body><h1>Otsikko</h1><p class=\"meta\">{updatedLabel} 3.3.2021 12:00</p><p class=\"meta\">{publishedLabel} 1.3.2021 9:00</p><p>Teksti.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-03-01", DateScorerDay(metadata.PublishedAt));
    }

    [Theory]
    [InlineData("en", "Last seen:")]
    [InlineData("de", "Zuletzt online:")]
    [InlineData("fr", "Membre depuis :")]
    [InlineData("es", "Miembro desde:")]
    public void Member_activity_dates_of_a_forum_profile_are_not_the_post_date(string language, string label)
    {
        // A forum post's author box states when its author was last active or joined; the post's own date follows.
        var html = $"<html lang=\"{language}\"><body><h1>Thread</h1><div class=\"userinfo\">{label} 14.10.2020</div><div class=\"postdate\">21.01.2009, 10:15</div><p>Text of the post.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2009-01-21", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Time_of_a_reader_comment_never_dates_a_page_that_shows_no_date()
    {
        // WordPress comment markup: <ol class="comment-list"><li class="comment"><article class="comment-body">…<time datetime>; the post itself states no date.
        var html = "<html lang=\"de\"><body class=\"single comments-open\"><h1>Rezept</h1><p>Ein Text ohne Datum.</p>"
            + "<ol class=\"comment-list\"><li id=\"comment-12\" class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\">"
            + "<a href=\"#comment-12\"><time datetime=\"2021-05-03T10:00:00+00:00\">3. Mai 2021 um 10:00</time></a></footer><p>Lecker!</p></article></li></ol></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Null(metadata.PublishedAt);
    }

    [Fact]
    public void Time_in_a_sidebar_still_dates_a_page_whose_body_says_it_has_comments()
    {
        // <body class="single comments-open">: the body's state class is not a comment region; the only stamp stands in a details sidebar.
        var html = "<html lang=\"de\"><body class=\"single comments-open\"><h1>Rezept</h1><p>Ein Text ohne Datum.</p>"
            + "<div class=\"sidebar\"><div class=\"widget\"><time datetime=\"2021-04-30T08:00:00+02:00\">30.04.2021</time></div></div></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-04-30", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Time_in_a_teaser_link_to_another_story_never_dates_a_page_that_shows_no_date()
    {
        // A sidebar's "latest posts" widget: <a href="/other-story/"><time datetime>…</time> Five tips for a greener garden</a>, before the page's own stamp.
        var html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://example.org/this-story/\"></head><body><h1>Story</h1><p>Text without a date.</p>"
            + "<aside class=\"sidebar\"><ul class=\"widget\"><li><a href=\"https://example.org/other-story/\"><time datetime=\"2021-06-01T08:00:00+00:00\">June 1</time> Five tips for a greener garden</a></li></ul>"
            + "<div class=\"widget\"><time datetime=\"2021-05-20T08:00:00+00:00\">May 20</time></div></aside></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-05-20", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Date_of_a_teaser_card_beside_another_storys_headline_is_not_the_page_date()
    {
        // tennisnet.com: the story's date is a plain line ("Freitag 04.02.2022, 09:55 Uhr"); the "Meistgelesen" box after it holds cards
        // <div class="article"><span class="timestamp">01.02.2022</span><a href="/news/other"><h3>…</h3></a></div>, whose dated elements date those stories.
        var html = "<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://example.com/news/diese-story\"></head><body>"
            + "<main><article><h1>Zwei Überraschungen an einem Tag</h1><p>Der Text der Geschichte.</p><p>von example.com</p><p>Freitag<br>04.02.2022, 09:55 Uhr</p></article>"
            + "<div class=\"box\"><h2>Meistgelesen</h2><div class=\"article\"><span class=\"timestamp\">01.02.2022</span>"
            + "<a title=\"ATP: Aufschlag-Hüne fällt aus den Top 100\" href=\"/news/atp-aufschlag-huene\"><h3>ATP: Aufschlag-Hüne fällt aus den Top 100</h3></a></div></div></main></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2022-02-04", metadata.PublishedAt);
    }

    [Fact]
    public void Date_beside_a_topic_link_in_the_story_meta_line_stays_the_page_date()
    {
        // mk.ru: <p class="meta"><time pubdate datetime="…">…</time> <a href="/stories/…">Сюжет: Выборы президента Белоруссии 2020</a></p>: a topic, no headline.
        var html = "<html lang=\"ru\"><head><link rel=\"canonical\" href=\"https://example.ru/politics/story.html\"></head><body>"
            + "<div class=\"article__meta\"><p class=\"meta\"><span><time class=\"meta__text\" pubdate datetime=\"2020-09-23T20:12:38+0300\">сегодня в 20:12</time></span>"
            + "<span><a href=\"https://example.ru/stories/vybory/\">Сюжет: Выборы президента Белоруссии 2020</a></span></p></div>"
            + "<header><h1>Причиной тайной инаугурации стал стыд</h1></header><p>Текст статьи без даты.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2020-09-23", DateScorerDay(metadata.PublishedAt));
    }

    [Fact]
    public void Date_line_above_the_heading_is_read_past_the_style_blocks_of_css_in_js()
    {
        // be.ch (Emotion): a <style> stands before the <h1> and before each styled element of the date line; the body cites "am 28. Februar 2022".
        var html = "<html lang=\"de\"><body><div data-testid=\"newsDetailHead\"><style data-emotion=\"css qv3up6\">.css-qv3up6{display:flex;margin:0 0 24px;}</style>"
            + "<div class=\"css-qv3up6\"><style data-emotion=\"css 19ke3fc\">.css-19ke3fc{order:2;margin-top:45px;}@media (min-width: 768px){.css-19ke3fc{order:1;margin-top:0;}}</style>"
            + "<div data-testid=\"newsDetailHead-meta\" class=\"css-19ke3fc\">08. Februar 2022</div><div><a href=\"/de/medienmitteilungen.html\"><span>Zurück zur Übersicht</span></a></div></div>"
            + "<style data-emotion=\"css 3003lo\">.css-3003lo{font-size:36px;font-weight:100;line-height:1.16666;margin:-6px 0 18px -2px;}</style>"
            + "<h1 class=\"css-3003lo\">Impfen und Boostern ist bis Ende Februar noch überall möglich</h1></div>"
            + "<p>Die GSI wird daher die zusätzlich aufgebauten Impforte am 28. Februar 2022 schliessen.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2022-02-08", metadata.PublishedAt);
    }

    [Fact]
    public void Hidden_update_stamp_inside_the_meta_line_does_not_date_the_story()
    {
        // courage-online.de (Avada): <div class="fusion-meta-info"><span class="updated rich-snippet-hidden">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></div>.
        var html = "<html lang=\"de-DE\"><body><div class=\"fusion-post-title-meta-wrap\"><h1 class=\"entry-title\">Erfinderinnen: Ann Kiessling und ihre Forschung</h1>"
            + "<div class=\"fusion-meta-info\"><div class=\"fusion-meta-info-wrapper\"><span class=\"vcard rich-snippet-hidden\"><span class=\"fn\">"
            + "<a href=\"https://www.courage-online.de/author/isabell/\" rel=\"author\">Isabell Angele</a></span></span>"
            + "<span class=\"updated rich-snippet-hidden\">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span><span class=\"fusion-inline-sep\">|</span></div></div></div>"
            + "<div class=\"post-content\"><p>Ihr gelang so einiges in ihrem Leben.</p></div></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2022-12-25", metadata.PublishedAt);
    }

    [Fact]
    public void Short_author_aside_under_the_heading_dates_the_story()
    {
        // ledevoir.com: <aside class="author sans-photo"><h3><a href="/auteur/…">Jeanne Corriveau</a></h3><time datetime="2020-02-19">19 février 2020</time>…</aside>;
        // the body cites "le 15 novembre 2019".
        var html = "<html lang=\"fr\"><body><div class=\"col\"><h1>La fin des trottinettes en libre-service à Montréal</h1></div>"
            + "<div class=\"row\"><div class=\"author-offset\"><aside class=\"author sans-photo\">\n        <h3>\n            <a href=\"/auteur/jeanne-corriveau\" title=\"Jeanne Corriveau\">\n"
            + "                <span>Jeanne Corriveau</span></a>\n        </h3>\n\n        <time datetime=\"2020-02-19\">19 février 2020</time>\n\n"
            + "        <nav class=\"category-nav\"><ul class=\"list-unstyled\"><li><a href=\"/politique/montreal\"><span>Montréal</span></a></li></ul></nav>\n    </aside></div>"
            + "<div class=\"editor\"><p>Les entreprises ont enregistré 365 000 déplacements entre le 21 juin et le 15 novembre 2019.</p></div></div></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2020-02-19", metadata.PublishedAt);
    }

    [Fact]
    public void Byline_card_figure_under_the_heading_dates_the_story()
    {
        // abendblatt.de: <figure><a rel="author"><picture>…</picture></a><figcaption><address>Von <a rel="author">…</a></address><time datetime="…">;
        // the opener photo's caption and the story cite "Am 7. Oktober 2023".
        var html = "<html lang=\"de\"><body><article><hgroup><h2>„Dem Teufel begegnet“: Deutsche Hamas-Geisel erlebte sexuellen Missbrauch</h2></hgroup>"
            + "<div class=\"mb-6 md:mb-7\"><figure class=\"flex flex-col md:flex-row items-start gap-2\"><a rel=\"author\" class=\"mr-2.5 inline-block\" href=\"/autoren/vivien-valentiner/\">"
            + "<picture><img src=\"https://img.sparknews.funkemedien.de/409847481_v16_9_1200.jpeg\" alt=\"Vivien Valentiner\"></picture></a>"
            + "<figcaption><address class=\"not-italic\">Von <a rel=\"author\" href=\"/autoren/vivien-valentiner/\">Vivien Valentiner</a></address>"
            + "<time datetime=\"2025-11-06T16:06:23.000Z\" class=\"mr-2\">       06.11.2025, 17:06 Uhr     </time></figcaption></figure></div>"
            + "<figure class=\"not-prose flex w-full flex-col\"><picture><img src=\"https://img.sparknews.funkemedien.de/410395622_v1_1_400.jpeg\"></picture>"
            + "<figcaption class=\"cXenseParse\"><span>Der Deutsch-Israeli Rom Braslavski lächelt nach seiner Freilassung. Am 7. Oktober 2023 war er von der Hamas vom Nova-Musikfestival entführt worden.</span>"
            + "<span>&copy; Eran Yardeni/GPO/dpa</span></figcaption></figure>"
            + "<div class=\"article-body\"><p>Zwei Jahre war Rom Braslavski in Geiselhaft der Terrororganisation Hamas.</p><p>Am 7. Oktober 2023 hatte die Hamas Israel überfallen.</p></div></article></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2025-11-06T17:06:23+01:00", metadata.PublishedAt);
    }

    [Fact]
    public void Photo_caption_with_a_time_but_no_writer_stays_a_caption()
    {
        // A picture's caption dates the photo, not the story, even when it marks the date up as a <time>: the story's own text says when.
        var html = "<html lang=\"en\"><body><h1>Story</h1><figure><img src=\"a.jpg\"><figcaption>The harbour on <time datetime=\"2019-03-03\">3 March 2019</time>. Photo: Jane Doe</figcaption></figure>"
            + "<p>The port reopened on Monday, April 12, 2021, after two years of works.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-04-12", metadata.PublishedAt);
    }

    [Fact]
    public void Long_author_aside_stays_a_sidebar()
    {
        // A sidebar "about the author" widget dates nothing of the story: its text is a biography, not a credit line.
        var html = "<html lang=\"en\"><body><h1>Story</h1><p>Text without a date.</p><aside class=\"author-widget\"><h3>About the author</h3>"
            + "<p>Jane has written about gardens since she joined the paper on March 3, 2009, and has since covered flower shows, allotments and the"
            + " long fight over the city's parks in more than a thousand columns.</p></aside></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Null(metadata.PublishedAt);
    }

    [Fact]
    public void Update_stamp_under_the_heading_outranks_a_date_cited_in_the_story()
    {
        // tagesschau.de: <p class="metatextline">Stand: 28.04.2023 17:23 Uhr</p> under the headline is the page's only stamp; the story cites "15. Juli 2021".
        var html = "<html lang=\"de\"><body><div class=\"seitenkopf__title\"><h1 class=\"seitenkopf__headline\"><span>Ausschuss zur Ahrtal-Flut</span>"
            + "<span>Zwei Rücktritte - und viele offene Fragen</span></h1><p class=\"metatextline\">Stand: 28.04.2023 17:23 Uhr</p></div>"
            + "<p class=\"textabsatz\"><strong>Nach 42 Sitzungen hat der Untersuchungsausschuss des Mainzer Landtags zur Flutkatastrophe im Ahrtal die öffentliche Beweisaufnahme beendet.</strong></p>"
            + "<p class=\"textabsatz\">134 Menschen kamen allein im Ahrtal durch die Flut am 14. und 15. Juli 2021 ums Leben.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2023-04-28", metadata.PublishedAt);
    }

    [Fact]
    public void Publication_date_beside_an_update_stamp_in_the_dateline_is_the_story_date()
    {
        var html = "<html lang=\"de\"><body><h1>Titel</h1><p>Aktualisiert am 05.05.2021, erstellt am 03.05.2021</p><p>Ein Text.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2021-05-03", metadata.PublishedAt);
    }

    [Fact]
    public void The_story_update_stamp_outranks_a_date_cited_in_its_sources()
    {
        // onmeda.de: the only stamp of the story is "Letzte Aktualisierung: 28.01.2022" below it; its source list cites "(Stand: 27.1.2022)".
        var html = "<html lang=\"de\"><body><h1 class=\"article-headline\">Paxlovid: Grünes Licht für neues Corona-Medikament</h1>"
            + "<p>Neben Impfstoffen sind nun auch die ersten Medikamente in Pillenform gegen das Coronavirus zugelassen.</p>"
            + "<div class=\"article-meta\"><div class=\"article-author\"><div class=\"article-updated-date\"><span class=\"article-updated-date-label\">Letzte Aktualisierung: </span>28.01.2022</div> Autor*in</div></div>"
            + "<ul class=\"sources\"><li>Online-Informationen der European Medicines Agency (EMA): COVID-19 (Stand: 27.1.2022)</li></ul></body></html>";
        Assert.Equal("2022-01-28", ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void A_scripted_update_stamp_is_read_from_its_unix_milliseconds_before_a_caption_date()
    {
        // apnews.com: the stamp under the headline is a template a script fills from data-timestamp; a gallery caption cites "Aug. 7, 2024".
        var html = "<html lang=\"en\"><body><h1 class=\"Page-headline\">The presidential campaigns brace for an intense sprint to Election Day</h1>"
            + "<div class=\"Page-dateModified\"><bsp-timestamp data-timestamp=\"1725369093000\"><template>Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]</template>"
            + "<span data-date>&nbsp;</span></bsp-timestamp></div>"
            + "<p>1 of 12 | This combination of photos shows Vice President Kamala Harris, left, on Aug. 7, 2024 and Republican presidential candidate former President Donald Trump.</p>"
            + "<p>WASHINGTON (AP) — Voting in the 2024 election begins in some states on September 6th.</p></body></html>";
        var metadata = ExtractHtml(html);
        Assert.Equal("2024-09-03T13:11:33+00:00", metadata.PublishedAt);
    }

    [Fact]
    public void A_time_element_stating_its_stamp_outranks_a_lone_publication_meta()
    {
        // heizung.de: article:published_time says 2022-11-17 (a reimport); the date line under the heading renders 2022-03-09 as stamp and text.
        var html = "<html lang=\"de\"><head><meta property=\"article:published_time\" content=\"2022-11-17T10:33:13.258Z\"></head><body>"
            + "<h1>Eignet sich eine Wärmepumpe im Altbau?</h1><ul><li>von Alexander Rosenkranz</li><li><time datetime=\"2022-03-09\">09.03.2022</time></li></ul>"
            + "<p>Wärmepumpenheizungen setzen auf die kostenfreie Energie der Umwelt.</p></body></html>";
        Assert.Equal("2022-03-09", ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void A_lone_publication_meta_stands_when_the_time_element_text_differs_from_its_stamp()
    {
        var html = "<html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2015-09-17T16:57:43+01:00\"></head><body>"
            + "<h1>Seven secrets that hotel owners don't want you to know</h1><p><time datetime=\"17:00, 24 December 2015\">Friday 25 December 2015</time></p>"
            + "<p>Most people go to hotels for the pleasure of sleeping in a giant bed.</p></body></html>";
        Assert.Equal("2015-09-17T16:57:43+01:00", ExtractHtml(html).PublishedAt);
    }

    [Fact]
    public void A_publication_meta_backed_by_the_address_stands_against_a_time_element()
    {
        var html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://example.org/2019/12/09/pensions/\">"
            + "<meta property=\"article:published_time\" content=\"2019-12-09T19:00:49+01:00\"></head><body>"
            + "<h1>Pensions as an archaism</h1><p><time datetime=\"2019-12-10\">10.12.2019</time></p><p>The confrontation now taking shape.</p></body></html>";
        Assert.Equal("2019-12-09T19:00:49+01:00", ExtractHtml(html).PublishedAt);
    }

    private static string? DateScorerDay(string? iso) => iso is { Length: >= 10 } ? iso[..10] : iso;

    internal static PageMetadata ExtractHtml(string html)
    {
        return MetadataTestPages.Extract(Extractor, html, lastModified: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static PageMetadata ExtractPage(string path)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, path));
        return MetadataTestPages.Extract(Extractor, content, Path.GetFileName(path));
    }
}
