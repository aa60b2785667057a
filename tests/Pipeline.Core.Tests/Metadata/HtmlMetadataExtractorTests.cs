using System.Globalization;
using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The extractor on real dataset pages (datasets/fundus), compared with the publishers' labels.</summary>
public sealed class HtmlMetadataExtractorTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    [Fact]
    public void Faz_article_gives_author_offset_date_title_site_url_and_language()
    {
        var metadata = ExtractFundus("de/FAZ_2024_04_17");
        Assert.Equal("Die Schweiz ist ein großer Tummelplatz für russische Spione", metadata.Title);
        Assert.Equal(["Johannes Ritter"], metadata.Authors);
        Assert.Empty(metadata.Agencies);
        // The JSON-LD instant is UTC ("Z"); a German page reports it in Berlin time, the same instant.
        Assert.Equal("2024-04-17T12:24:31+02:00", metadata.PublishedAt);
        Assert.Equal("2024-04-17T10:24:31Z", metadata.PublishedAtRaw);
        Assert.Equal("FAZ.NET", metadata.SiteName);
        Assert.Equal("https://www.faz.net/aktuell/politik/ausland/die-schweiz-ist-ein-grosser-tummelplatz-fuer-russische-spione-19655247.html", metadata.Url);
        Assert.Equal("de", metadata.Language);
    }

    [Fact]
    public void Agency_credited_in_json_ld_goes_to_agencies_not_authors()
    {
        var metadata = ExtractFundus("ch/ZwanzigMinuten_2024_12_17");
        Assert.Equal(["Konstantin Furrer"], metadata.Authors);
        Assert.Equal(["Deutsche Presse-Agentur"], metadata.Agencies);
        Assert.Equal("2024-12-17T12:17:15+01:00", metadata.PublishedAt);
    }

    [Fact]
    public void Agency_named_twice_in_two_spellings_is_listed_once()
    {
        var metadata = ExtractFundus("us/VoiceOfAmerica_2024_04_28");
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Associated Press"], metadata.Agencies);
    }

    [Fact]
    public void No_date_is_later_than_the_stored_file()
    {
        var metadata = ExtractFundus("de/FAZ_2024_04_17", storedAt: new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Null(metadata.PublishedAt);
    }

    [Fact]
    public void Page_whose_only_date_is_in_the_share_image_path_is_dated_from_it()
    {
        var metadata = ExtractFundus("kr/HankookIlbo_2026_01_29");
        Assert.Equal("2026-01-29", metadata.PublishedAt);
    }

    [Fact]
    public void Regional_desk_named_after_a_short_site_name_is_not_an_author()
    {
        var metadata = ExtractFundus("de/MDR_2023_04_28");
        Assert.Equal("MDR", metadata.SiteName);
        Assert.Equal(["David Straub"], metadata.Authors);
    }

    [Fact]
    public void Stock_photo_credit_is_not_an_author()
    {
        var metadata = ExtractFundus("uk/TheMirror_2024_04_28");
        Assert.Equal(["Emma Mackenzie"], metadata.Authors);
    }

    [Fact]
    public void Page_crediting_itself_reads_its_byline_strictly_so_editor_initials_are_nobody()
    {
        var metadata = ExtractFundus("de/Kicker_2024_04_26");
        Assert.Empty(metadata.Authors);
        Assert.Equal(["kicker"], metadata.Agencies);
        Assert.Equal("kicker", metadata.SiteName);
    }

    [Fact]
    public void Newsroom_credited_in_json_ld_is_kept_as_the_page_spells_it() =>
        Assert.Equal(["दैनिक भास्कर"], ExtractFundus("ind/Bhaskar_2024_09_04").Agencies);

    [Fact]
    public void Screen_reader_brand_label_in_the_byline_box_is_not_an_author() =>
        Assert.Equal(["Jemima Kelly"], ExtractFundus("de/Stern_2024_11_05").Authors);

    [Fact]
    public void Follow_button_next_to_the_byline_is_not_an_author() =>
        Assert.Empty(ExtractFundus("at/SalzburgerNachrichten_2026_01_06").Authors);

    [Fact]
    public void Agency_publishing_on_its_own_site_is_still_credited()
    {
        var metadata = ExtractFundus("us/APNews_2023_04_28");
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Associated Press"], metadata.Agencies);
    }

    [Fact]
    public void Author_meta_tag_does_not_add_to_what_json_ld_credits()
    {
        var metadata = ExtractFundus("uk/TheGuardian_2024_02_24");
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Guardian staff reporter"], metadata.Agencies);
    }

    [Fact]
    public void Byline_inside_a_wrapper_that_has_a_sidebar_is_found()
    {
        var metadata = ExtractTrafilatura("tierwelt.ch-plez", document => document.QuerySelector("article"));
        Assert.Equal(["Jil Schuller"], metadata.Authors);
    }

    [Fact]
    public void Newsroom_credit_is_kept_when_no_person_is_named()
    {
        var metadata = ExtractTrafilatura("lacrux.com-mammut", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Redaktion"], metadata.Agencies);
    }

    [Fact]
    public void Default_admin_account_in_the_structured_data_credits_nobody()
    {
        // autonews.ch: JSON-LD's only Person is WordPress's "admin"; the page shows no byline.
        var metadata = ExtractTrafilatura("autonews.ch-Tesla", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Empty(metadata.Agencies);
    }

    [Fact]
    public void Social_profile_address_without_its_scheme_credits_nobody()
    {
        // vegolosi.it: <meta property="article:author" content="facebook.com/vegolosi">, the site's own page.
        var metadata = ExtractTrafilatura("vegolosi.it.climate", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Empty(metadata.Agencies);
    }

    [Fact]
    public void A_pictures_credit_classed_as_its_author_credits_nobody_while_a_byline_of_the_same_shape_does()
    {
        // 100noticias.com.ni: <span class="img-author">Cortesía</span> ("courtesy") under the lead picture, the page's only element classed as an author.
        Assert.Empty(ExtractTrafilatura("100noticias.com-millones", _ => null).Authors);
        const string page = "<html><body><article><h1>Lluvias dejan millones en pérdidas</h1><div><img src=\"a.jpg\"><span class=\"{0}\">María López</span></div>"
            + "<p>Las lluvias de la semana dejaron pérdidas millonarias en el norte del país, según el informe del gobierno.</p></article></body></html>";
        Assert.Empty(ExtractHtml(string.Format(CultureInfo.InvariantCulture, page, "img-author")).Authors);
        Assert.Empty(ExtractHtml(string.Format(CultureInfo.InvariantCulture, page, "article__picture-author")).Authors);
        Assert.Equal(["María López"], ExtractHtml(string.Format(CultureInfo.InvariantCulture, page, "article-author")).Authors);
    }

    [Fact]
    public void Handle_one_letter_longer_than_the_host_name_is_the_author_not_the_site() =>
        Assert.Equal(["Limespacer"], ExtractTrafilatura("limespace.de.entloeten", _ => null).Authors);

    [Fact]
    public void Written_by_label_and_value_of_the_twitter_card_name_the_author() =>
        Assert.Equal(["Karoline Herr"], ExtractTrafilatura("frolleinherr.com.lost", _ => null).Authors);

    [Fact]
    public void Postal_address_in_an_address_element_is_not_an_author()
    {
        Assert.Empty(ExtractTrafilatura("orsted.de.gruener-Wasserstoff", _ => null).Authors);
        var portugal = ExtractFundus("pt/ThePortugalNews_2025_02_03");
        Assert.Empty(portugal.Authors);
        Assert.Equal(["TPN"], portugal.Agencies);
    }

    [Fact]
    public void Profile_links_in_running_text_are_mentions_not_bylines()
    {
        var metadata = ExtractTrafilatura("tennismagazin.de-viertelfinale", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Redaktion"], metadata.Agencies);
    }

    [Fact]
    public void Byline_markup_repeated_far_below_is_another_article_not_a_co_author() =>
        Assert.Equal(["Amelie Marie Nishizawa"], ExtractTrafilatura("blog.gaijinpot.com.chikan", _ => null).Authors);

    [Fact]
    public void Unmarked_byline_line_under_the_heading_names_the_author() =>
        Assert.Equal(["Alexander Rosenkranz"], ExtractTrafilatura("heizung.de.waermepumpen", _ => null).Authors);

    [Fact]
    public void Reading_time_beside_the_byline_is_not_an_author() =>
        Assert.Equal(["John Walk"], ExtractTrafilatura("pluralsight.com.python", _ => null).Authors);

    [Fact]
    public void Video_channel_link_is_not_an_author() =>
        Assert.Empty(ExtractTrafilatura("be.ch-impfen", _ => null).Authors);

    [Fact]
    public void Author_profile_link_with_a_query_on_the_same_site_is_a_byline() =>
        Assert.Equal(["Nikolai Huke"], ExtractTrafilatura("rosalux.de-quarantaene", _ => null).Authors);

    [Fact]
    public void Byline_label_alone_is_no_name() =>
        Assert.Equal(["Barry Alleyne"], ExtractTrafilatura("nationnews.com-schools", _ => null).Authors);

    [Fact]
    public void Article_author_meta_credits_the_agency_over_the_site_itself()
    {
        var metadata = ExtractFundus("tr/NTVTR_2024_04_30");
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Anadolu Ajansı"], metadata.Agencies);
    }

    [Theory]
    [InlineData("mdavis.xyz.supermarket", "Matthew Davis")]
    [InlineData("gnadlib.wordpress.com.scherenschnitt", "Gnaddrig")]
    [InlineData("damianduchamps.wordpress.com.hbdi", "Damianduchamps")]
    public void Blog_named_after_its_author_still_credits_the_author(string page, string author) =>
        Assert.Equal([author], ExtractTrafilatura(page, _ => null).Authors);

    [Fact]
    public void Brand_segment_of_a_site_name_carrying_the_title_is_not_a_person() =>
        Assert.Equal(["Ursula Baatz"], ExtractTrafilatura("furche.at.achtsam", _ => null).Authors);

    [Fact]
    public void Site_newsroom_credit_is_kept_as_an_agency()
    {
        var metadata = ExtractTrafilatura("auto-motor.at-hyundaitest", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["auto-motor.at Redaktion"], metadata.Agencies);
        Assert.Equal(["Marco Kratzenberg"], ExtractTrafilatura("giga.de.chrome", _ => null).Authors);
    }

    [Fact]
    public void Author_box_holding_only_a_name_and_a_date_is_the_byline() =>
        Assert.Equal(["Redaktion"], ExtractTrafilatura("exxpress.at-zaehne", _ => null).Agencies);

    [Fact]
    public void Structured_author_the_page_labels_as_editor_yields_to_the_byline() =>
        Assert.Equal(["Naufal Zuhdi"], ExtractFundus("id/MediaIndonesia_2026_01_20").Authors);

    private static PageMetadata ExtractFundus(string key, DateTimeOffset? storedAt = null)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "fundus", "html", key + ".html.gz"));
        return MetadataTestPages.Extract(Extractor, content, key + ".html", storedAt);
    }

    [Fact]
    public void Json_ld_author_behind_a_compound_role_naming_the_newsroom_is_a_person()
    {
        var metadata = ExtractTrafilatura("focus.de.leasen", _ => null);
        Assert.Equal(["Robin Tschöpe"], metadata.Authors);
        Assert.Empty(metadata.Agencies);
    }

    [Fact]
    public void Pen_name_ending_in_a_role_word_is_kept_whole() =>
        Assert.Equal(["Rasender Reporter"], ExtractTrafilatura("Journalistenwatch.com-Ladensterben", _ => null).Authors);

    [Fact]
    public void Authors_of_cited_works_are_not_the_articles_authors() =>
        Assert.Equal(["Marwan H. Adwan"], ExtractTrafilatura("link.springer.com.1007", _ => null).Authors);

    [Theory]
    [InlineData("pinkstinks.de-Kulturtechnik", "Nils Pickert")]
    [InlineData("mtb-news.de-tubeless", "Stefanus Stahl")]
    public void Json_ld_person_named_by_first_name_takes_the_full_name_its_profile_opens_with(string page, string author) =>
        Assert.Equal([author], ExtractTrafilatura(page, _ => null).Authors);

    [Fact]
    public void Picture_credit_in_byline_like_markup_is_not_the_author() =>
        Assert.Equal(["Michael Hingston"], ExtractTrafilatura("nationalgeographic.co.uk.goats", _ => null).Authors);

    [Fact]
    public void Responsible_editor_credit_names_the_people_of_a_page_naming_no_writer()
    {
        Assert.Equal(["牛镛", "岳弘彬"], ExtractFundus("cn/People_2024_04_24").Authors);
        Assert.Equal(["焦鹏"], ExtractTrafilatura("xinhuanet.com.c_1125597921", _ => null).Authors);
    }

    [Fact]
    public void Responsible_editor_credit_yields_to_a_named_writer_and_is_read_only_as_a_whole_line()
    {
        const string page = "<html><body><h1>标题</h1><p>正文。</p><div class=\"edit\">[责任编辑：肖春芳]</div></body></html>";
        Assert.Equal(["肖春芳"], ExtractHtml(page).Authors);
        Assert.Equal(["Jane Doe"], ExtractHtml(page.Replace("<p>正文。</p>", "<p class=\"byline\">By Jane Doe</p><p>正文。</p>", StringComparison.Ordinal)).Authors);
        Assert.Empty(ExtractHtml("<html><body><h1>标题</h1><p>本文由责任编辑：肖春芳审核后发布，欢迎转载。</p></body></html>").Authors);
    }

    [Fact]
    public void Byline_sits_by_the_story_s_heading_not_by_a_logo_s_empty_one() =>
        Assert.Equal(["Eberhard Fuhr"], ExtractTrafilatura("ejwue.de.lieferketten", _ => null).Authors);

    [Fact]
    public void Cited_work_s_editor_is_not_the_author_and_a_dashed_by_line_is() =>
        Assert.Equal(["Kenneth Surin"], ExtractTrafilatura("deleuze.enacademic.com.micropolitics", _ => null).Authors);

    [Fact]
    public void Count_in_the_author_s_profile_is_not_the_author() =>
        Assert.Equal(["delta201"], ExtractTrafilatura("royalroad.com.melas", _ => null).Authors);

    [Fact]
    public void Visible_agency_byline_run_into_the_first_paragraph_credits_the_agency()
    {
        var metadata = ExtractTrafilatura("24horas.cl-segundo", _ => null);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Agencia EFE"], metadata.Agencies);
    }

    [Fact]
    public void Authority_control_box_of_an_encyclopedia_page_is_not_a_byline() => Assert.Empty(ExtractReadability("wikipedia-2").Authors);

    [Fact]
    public void Article_author_name_meta_tag_names_the_author() => Assert.Equal(["Hazel Sheffield"], ExtractReadability("bug-1255978").Authors);

    [Fact]
    public void An_author_meta_tag_naming_the_publisher_the_meta_tags_name_credits_the_site_and_no_author()
    {
        // dw.com (trafilatura set): og:site_name "DW.COM", the publisher and author tags "Deutsche Welle (www.dw.com)", no JSON-LD publisher.
        var metadata = ExtractHtml("<html><head><meta property=\"og:site_name\" content=\"DW.COM\"><meta name=\"publisher\" content=\"Deutsche Welle (www.dw.com)\">"
            + "<meta name=\"author\" content=\"Deutsche Welle (www.dw.com)\"></head><body><main><h1>Berlin confronts its colonial past</h1>"
            + "<p>The city has launched an initiative to come to terms with the German colonial era and its legacy in the capital's streets.</p></main></body></html>");

        Assert.Empty(metadata.Authors);
        Assert.Empty(metadata.Agencies);
    }

    [Fact]
    public void A_link_to_the_sites_about_page_is_no_byline_though_its_address_reads_like_a_profile() =>
        // dw.com: "ABOUT DW" links to /en/about-dw/profile/s-30688 among the footer's links.
        Assert.Empty(ExtractHtml("<html><head><meta property=\"og:site_name\" content=\"DW.COM\"></head><body><main><h1>Berlin confronts its colonial past</h1>"
            + "<p>The city has launched an initiative to come to terms with the German colonial era and its legacy in the capital's streets.</p></main>"
            + "<div class=\"metaLink\"><a href=\"https://www.dw.com/en/about-dw/profile/s-30688\">ABOUT DW</a></div></body></html>").Authors);

    private static PageMetadata ExtractReadability(string page)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "readability", "pages", page, "source.html.gz"));
        return MetadataTestPages.Extract(Extractor, content, page + ".html");
    }

    [Fact]
    public void Json_ld_author_given_as_the_id_of_a_person_node_is_that_person()
    {
        // Trimmed from geeks3d.com (All in One SEO): the article's author is the @id string of a Person node in the graph.
        const string script = "{\"@context\":\"https:\\/\\/schema.org\",\"@graph\":[{\"@type\":\"BlogPosting\",\"@id\":\"https:\\/\\/www.geeks3d.com\\/hacklab\\/20200502\\/#blogposting\",\"headline\":\"Raspberry Pi 4\",\"author\":\"https:\\/\\/www.geeks3d.com\\/hacklab\\/author\\/jegx\\/#author\"},{\"@type\":\"Person\",\"@id\":\"https:\\/\\/www.geeks3d.com\\/hacklab\\/author\\/jegx\\/#author\",\"url\":\"https:\\/\\/www.geeks3d.com\\/hacklab\\/author\\/jegx\\/\",\"name\":\"JeGX\"}]}";
        var facts = JsonLdReader.Read(new HtmlParser().ParseDocument($"<html><head><script type=\"application/ld+json\">{script}</script></head><body></body></html>"));
        Assert.Equal(["JeGX"], facts.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Visible_byline_outranks_an_account_login_name_in_json_ld() =>
        // baumeister.de: the JSON-LD author is the CMS account "arianschlichenmayer"; the byline says "von Arian Schlichenmayer".
        Assert.Equal(["Arian Schlichenmayer"], ExtractTrafilatura("baumeister.de.sportzentrum", _ => null).Authors);

    [Fact]
    public void Account_login_name_in_json_ld_is_the_author_when_the_page_shows_no_byline()
    {
        const string page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Ins neue Jahr\",\"author\":{\"@type\":\"Person\",\"name\":\"jancak\"}}</script></head><body><h1>Ins neue Jahr</h1><p>Text.</p></body></html>";
        Assert.Equal(["Jancak"], ExtractHtml(page).Authors);
    }

    [Fact]
    public void Social_network_link_in_a_byline_is_a_handle_not_part_of_the_name() =>
        // herrpfleger.de: "<a href=/author/matthias/>Matthias</a> <a href=https://twitter.com/herrpfleger>herrpfleger</a>".
        Assert.Equal(["Matthias"], ExtractTrafilatura("herrpfleger.de.fuelcell", _ => null).Authors);

    [Fact]
    public void Organisation_in_the_author_meta_tag_yields_to_the_person_the_byline_names()
    {
        // energieverbraucher.de: <meta name="author" content="Bund der Energieverbraucher e.V">; the article block the engine chooses opens with "Von Leonora Holling".
        var metadata = ExtractTrafilatura("energieverbraucher.de.energie", document => document.QuerySelector("div.content-segment"));
        Assert.Equal(["Leonora Holling"], metadata.Authors);
        Assert.Empty(metadata.Agencies);
    }

    [Fact]
    public void Organisation_in_json_ld_yields_to_the_person_the_byline_names_and_is_kept_when_no_one_is_named()
    {
        // Trimmed from a Guardian page: the JSON-LD credits an Organization, the byline under the heading names the writer.
        const string page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Why we sleep\",\"author\":[{\"@type\":\"Organization\",\"name\":\"Guardian staff reporter\"}]}</script></head>"
            + "<body><article><h1>Why we sleep</h1><p class=\"byline\">by Alice Robb</p><p>Text of the story.</p></article></body></html>";
        var named = ExtractHtml(page);
        Assert.Equal(["Alice Robb"], named.Authors);
        Assert.Empty(named.Agencies);
        var unnamed = ExtractHtml(page.Replace("<p class=\"byline\">by Alice Robb</p>", "", StringComparison.Ordinal));
        Assert.Empty(unnamed.Authors);
        Assert.Equal(["Guardian staff reporter"], unnamed.Agencies);
    }

    [Fact]
    public void Organisation_in_the_author_meta_tag_yields_only_to_a_person_not_to_another_organisation()
    {
        const string page = "<html><head><meta name=\"author\" content=\"Deutscher Caritasverband e. V.\"></head>"
            + "<body><h1>Neue Präsidentin</h1><p class=\"byline\">Quelle: KNA</p><p>Text der Meldung.</p></body></html>";
        var metadata = ExtractHtml(page);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Deutscher Caritasverband e. V."], metadata.Agencies);
    }

    // datasets/readability archive-of-our-own: the organisation's name holds a connecting word that ends a person's name.
    [Theory]
    [InlineData("Organization for Transformative Works")]
    [InlineData("Bundesverband WindEnergie e.V.")]
    public void Organisation_in_the_author_meta_tag_is_credited_as_the_tag_spells_it(string organisation)
    {
        var metadata = ExtractHtml("<html><head><meta name=\"author\" content=\"" + organisation + "\"></head><body><h1>Neue Präsidentin</h1><p>Text der Meldung.</p></body></html>");
        Assert.Empty(metadata.Authors);
        Assert.Equal([organisation], metadata.Agencies);
    }

    [Fact]
    public void Visible_byline_ends_where_its_paragraph_ends_before_the_dateline()
    {
        // laprensalatina.com: the byline paragraph, then the EFE dateline paragraph.
        var metadata = ExtractHtml("""
            <html><head><title>Uncertain future for Britain's essential workers after Brexit</title></head><body><article>
            <h1>Uncertain future for Britain's essential workers after Brexit</h1>
            <div class="entry-content"><p>By Cristina Alonso</p>
            <p>London, Jun 11 (efe-epa).- The coronavirus pandemic has highlighted the importance of foreign workers in the United Kingdom, especially in key sectors.</p>
            <p>"Right now we feel very supported by the people," bus driver Jomhs Jaramillo tells Efe.</p></div></article></body></html>
            """);
        Assert.Equal(["Cristina Alonso"], metadata.Authors);
    }

    [Fact]
    public void Site_domain_beside_a_newsroom_credit_is_not_a_second_agency()
    {
        // Metric Media's local news sites: the author tag, then the author profile link that names the site's host.
        var metadata = ExtractHtml("""
            <html><head><title>Total OASDI disabled beneficiaries in Missouri zip 63848 remains the same in 2019</title>
            <meta name="author" content="Metric Media News Service">
            <meta property="article:author " content="https://semissourinews.com/author/metric-media-news-service"></head>
            <body><article><h1>Total OASDI disabled beneficiaries in Missouri zip 63848 remains the same in 2019</h1>
            <p>The number of total OASDI disabled beneficiaries in Missouri zip 63848 remained the same in 2019, according to the Social Security Administration.</p></article></body></html>
            """);
        Assert.Empty(metadata.Authors);
        Assert.Equal(["Metric Media News Service"], metadata.Agencies);
    }

    [Fact]
    public void Bare_domain_beside_the_newsroom_it_names_is_not_a_second_agency()
    {
        // stol.it's author meta tag: the domain, then the newsroom's name.
        var metadata = ExtractHtml("""
            <html><head><title>Verfassungsgericht: Berlusconis Sex-Prozess geht weiter</title>
            <meta name="author" content="stol.it / Suedtirol Online"/></head>
            <body><article><h1>Verfassungsgericht: Berlusconis Sex-Prozess geht weiter</h1>
            <p>Der Sex-Prozess gegen den früheren italienischen Regierungschef Silvio Berlusconi geht weiter, hat das Verfassungsgericht in Rom entschieden.</p></article></body></html>
            """);
        Assert.Equal(["Suedtirol Online"], metadata.Agencies);
    }

    [Theory]
    [InlineData("wolfgangmichal.de.sorgfaltspflicht", "Wolfgang Michal")]
    [InlineData("alexander-klier.net.zeitphilosophie", "Alexander Klier")]
    public void Personal_site_that_names_no_writer_is_credited_to_its_owner(string page, string owner) =>
        Assert.Equal([owner], ExtractTrafilatura(page, _ => null).Authors);

    [Theory]
    [InlineData("Door Jan de Vries en Piet Jansen", "Jan de Vries", "Piet Jansen")]
    [InlineData("Av Kari Nordmann og Ola Hansen", "Kari Nordmann", "Ola Hansen")]
    [InlineData("Von Anna Schmidt und Peter Müller", "Anna Schmidt", "Peter Müller")]
    public void Written_byline_under_the_heading_in_the_page_language_names_both_writers(string line, string first, string second)
    {
        var metadata = ExtractHtml("<html><body><main><h1>Nieuwe regels voor huurders gaan in januari in</h1><div><span>" + line + "</span></div>"
            + "<p>1 januari 2025: de nieuwe regels voor huurders gaan in. Verhuurders moeten zich daarna aan strengere afspraken houden over de huurprijs en de borg.</p></main></body></html>");
        Assert.Equal([first, second], metadata.Authors);
    }

    private static PageMetadata ExtractHtml(string html)
    {
        return MetadataTestPages.Extract(Extractor, html);
    }

    private static PageMetadata ExtractTrafilatura(string name, Func<AngleSharp.Dom.IDocument, AngleSharp.Dom.IElement?> articleRoot)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html", name + ".html.gz"));
        var input = InputDecoder.Decode(new RawInput(content, name + ".html"), new CleanerOptions());
        var document = new HtmlParser().ParseDocument(input.Text);
        return Extractor.Extract(document, input, articleRoot(document));
    }
}
