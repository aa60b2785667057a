using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Titles of real dataset pages, cleaned end to end, against their labels.</summary>
public sealed class TitleReconcilerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    [Fact]
    public void Document_title_swallowing_the_page_is_no_title_and_the_heading_stands()
    {
        // An unclosed <title> or a broken attribute quote turns the rest of the page into the "title".
        var swallowed = string.Concat(Enumerable.Repeat("Harbour news - ferry timetable - ", 40));

        var title = TitleReconciler.Reconcile([], "Harbour ferry returns", swallowed, null, "example.org");

        Assert.Equal("Harbour ferry returns", title);
    }

    [Theory]
    [InlineData("Über André Loibl | ")]
    [InlineData("Über André Loibl –")]
    public void Separator_left_at_the_end_by_an_empty_site_name_is_not_part_of_the_title(string documentTitle) =>
        Assert.Equal("Über André Loibl", TitleReconciler.Reconcile([""], null, documentTitle, null, "changenow.de"));

    [Theory]
    [InlineData("{{post_title}}")]
    [InlineData("{$page.title}")]
    public void Unfilled_template_variable_is_no_title_and_the_heading_stands(string declared) =>
        Assert.Equal("Harbour ferry returns", TitleReconciler.Reconcile([declared], "Harbour ferry returns", declared, null, "example.org"));

    [Theory]
    [InlineData("de/NTV_2024_08_05", "Deutscher Aggressor beeindruckt, Frankreich hadert")]
    [InlineData("de/Stern_2024_11_05", "Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft")]
    [InlineData("de/BusinessInsiderDE_2024_01_29", "6 Statistiken, die die enorme Größe von Evergrande, Chinas hoch verschuldeten Immobilienriesen verdeutlichen")]
    public void Article_heading_under_a_breadcrumb_heading_is_the_title_when_a_declared_title_matches_it(string page, string expected) =>
        Assert.Equal(expected, FundusTitle(page));

    [Fact]
    public void Heading_that_ends_a_breadcrumb_trail_gives_way_to_the_article_heading_after_it() =>
        Assert.Equal("Interimstrainer Schubert: \"Nicht mehr viel zu verlieren\"", FundusTitle("de/Kicker_2024_04_26"));

    [Fact]
    public void Heading_after_a_section_link_with_the_article_following_it_stays_the_title() =>
        Assert.Equal("Lange Haare: Dank dieser Lebensmittel wachsen sie viel schneller", TrafilaturaTitle("d73e0fa055834b2dbb2036ba27d46597"));

    [Fact]
    public void Headline_part_after_an_unmarked_kicker_is_the_title_when_it_is_declared_word_for_word() =>
        Assert.Equal("Trump spricht nach Tanker-Stürmung über Bodeneinsätze", FundusTitle("de/NTV_2025_12_12"));

    [Fact]
    public void Declared_kicker_the_page_does_not_show_is_not_part_of_the_title() =>
        Assert.Equal("«Die israelische Zurückhaltung hat viel mit den USA zu tun»", FundusTitle("ch/SRF_2024_04_15"));

    [Theory]
    [InlineData("de/Tagesschau_2023_04_28", "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen")]
    [InlineData("de/Bild_2023_05_15", "Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec")]
    [InlineData("de/JungeWelt_2026_05_18", "Kenia: Nairobi von unten")]
    public void Kicker_shown_in_or_just_above_the_heading_stays_in_the_declared_title(string page, string expected) =>
        Assert.Equal(expected, FundusTitle(page));

    [Theory]
    [InlineData("de/Golem_2024_04_28", "LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören")]
    [InlineData("de/Tagesspiegel_2024_04_29", "Eskalation im Nordatlantik: „Wenn die Ozeane überhitzen, führt das potenziell zu mehr Wetterextremen“")]
    public void Separator_between_the_heading_parts_is_taken_from_the_declared_title(string page, string expected) =>
        Assert.Equal(expected, FundusTitle(page));

    [Fact]
    public void Declared_title_that_separates_a_kicker_from_the_headline_outranks_the_parts_run_together() =>
        Assert.Equal(
            "Nationale Demo / Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke und Einheit gegenüber Regierung Frieden",
            FundusTitle("lu/Tageblatt_2025_06_30"));

    [Fact]
    public void Site_name_glued_to_the_declared_title_without_spaces_is_dropped_when_the_bare_title_is_declared_too()
    {
        // A page without article text: its title still comes from the declared titles alone.
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "kr/HankookIlbo_2026_01_29.html.gz"));
        var metadata = MetadataTestPages.Extract(new HtmlMetadataExtractor(RuleSet.Embedded), content, "page.html");
        Assert.Equal("장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다", metadata.Title);
    }

    [Fact]
    public void Json_ld_headline_with_the_shown_words_keeps_its_own_quotes_against_other_declared_titles_that_copy_the_heading() =>
        Assert.Equal("왜 경상도, 전라도 나눠서 싸우나... DJ 고향에서 '국민 통합' 외친 이재명", FundusTitle("kr/HankookIlbo_2025_05_15"));

    [Fact]
    public void Quotes_are_kept_as_the_publisher_declared_them_not_as_the_page_typesets_them() =>
        Assert.Equal("Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year", FundusTitle("us/APNews_2023_04_28"));

    [Fact]
    public void Heading_set_in_capitals_is_kept_as_shown() =>
        Assert.Equal("TRANSFORMATIONSLABOR ERNÄHRUNG", TrafilaturaTitle("baumev.de.Transformationslabor"));

    [Theory]
    [InlineData("cybercook.com.br.sequilho", "Sequilho com Chocolate Amargo")]
    [InlineData("lecker.de.schneewittchen", "Schneewittchen-Kuchen mit Mini-Marshmallows")]
    public void Section_label_or_keyword_added_to_the_declared_title_is_not_part_of_the_heading(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Kicker_run_into_the_heading_is_not_part_of_the_declared_headline() =>
        Assert.Equal("Eigentumsvorbehalt: Das sollten Käufer und Verkäufer wissen", TrafilaturaTitle("deutsche-handwerkszeitung.de-eigentumsvorbehalt"));

    [Fact]
    public void Decoration_after_a_separator_in_the_declared_title_is_dropped() =>
        Assert.Equal("Ladensterben immer dramatischer", TrafilaturaTitle("Journalistenwatch.com-Ladensterben"));

    [Fact]
    public void Subtitle_set_as_its_own_part_of_the_heading_is_not_part_of_the_title_declared_as_the_first_part()
    {
        Assert.Equal("Tagesschau unterschlägt Hass-Demo in Essen", TrafilaturaTitle("reitschuster.de-Hass-Demo"));
        var heading = new VisibleHeading("Storm floods the valley Roads closed for a week", "Storm floods the valley Roads closed for a week", "Roads closed for a week", "", IsMain: true, Aside: false, Lead: "Storm floods the valley");
        Assert.Equal("Storm floods the valley", TitleReconciler.Reconcile(null, ["Storm floods the valley"], [heading], null, null, null));
        Assert.Equal("Storm floods the valley Roads closed for a week", TitleReconciler.Reconcile(null, ["Storm floods the valley"], [heading with { Lead = null }], null, null, null));
    }

    [Fact]
    public void Section_name_set_as_the_first_heading_gives_way_to_a_later_heading_of_a_sentences_length_that_a_declared_title_agrees_with() =>
        Assert.Equal("Frei erfunden: Grab-Bote fliegt nach Singapur", TrafilaturaTitle("der-farang.com-Grab-Bote"));

    [Fact]
    public void Section_name_set_as_the_first_heading_stays_when_the_only_heading_agreeing_with_the_declared_title_is_a_word()
    {
        VisibleHeading[] headings =
        [
            new("Lorem", "Lorem", null, "", IsMain: true, Aside: false),
            new("Videos", "Videos", null, "", IsMain: false, Aside: false),
        ];
        Assert.Equal("Embedded videos test", TitleReconciler.Reconcile(null, [], headings, "Embedded videos test", null, null));
    }

    [Fact]
    public void Site_name_heading_linking_home_gives_way_to_the_post_heading() =>
        Assert.Equal("Interning of Small Integers in Python", TrafilaturaTitle("fouryears.eu.interning"));

    [Theory]
    [InlineData("heizung.de.waermepumpen", "Eignet sich eine Wärmepumpe im Altbau?")]
    [InlineData("greenpeace.de.nachhaltigleben", "Nachhaltig leben")]
    public void Visible_heading_outranks_a_sharing_title_that_tells_of_the_same_thing(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Document_title_stands_against_a_differing_heading_on_a_page_that_declares_no_sharing_title() =>
        Assert.Equal("MathJax v3 with MathML input and HTML output", ReadabilityTitle("mathjax"));

    [Theory]
    [InlineData("mueritzurlauber.de.blockhaus", "Blockhaus 3")]
    [InlineData("chorknaben-ulm.de.geschichte", "Chorgeschichte")]
    [InlineData("limespace.de.entloeten", "Professionell entlöten – so machen Sie alte Elektrogeräte wieder einsatzbereit")]
    public void Heading_that_says_nothing_the_document_title_does_not_is_the_title_on_a_page_that_declares_no_sharing_title(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Heading_of_a_sentences_length_that_says_all_the_document_title_says_is_the_title_on_a_page_that_declares_no_sharing_title() =>
        Assert.Equal("Mail-Aktion an den Deutschen Bundestag", TrafilaturaTitle("guenter-pilger.de.mailaktion"));

    [Theory]
    [InlineData("archiv.krimiblog.de.2895", "Das vermutlich schwulste Musikvideo der Welt")]
    [InlineData("petri-heil-ch-hechte", "Bielersee-Winterhechte")]
    public void Tagline_after_the_site_name_in_a_declared_title_is_not_part_of_the_title(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Theory]
    [InlineData("archive.ordnungsrausch.com.orga-life", "{orga your life} – das Leben organisieren")]
    [InlineData("madymorrsion.com.energy", "Energy Rising – 33 Tage Yoga Challenge")]
    [InlineData("pinup-fashion.de.korsetts", "Korsetts – Shops, Designer, online kaufen")]
    [InlineData("marktplatz.die-besserwisser.org.zeit", "Alles hat seine Zeit…")]
    public void Heading_that_sets_the_dashes_or_the_ellipsis_of_a_plainly_typed_declared_title_is_the_title_as_shown(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Json_ld_headline_that_only_types_the_dashes_of_the_heading_as_hyphens_gives_way_to_the_heading() =>
        Assert.Equal("Von der Leyen will Kriegsland Ukraine in EU holen – Österreich zahlt die Zeche", TrafilaturaTitle("unzensuriert.at-Zeche"));

    [Theory]
    [InlineData("tafelblog.de.europa", "„Welches Europa wir wollen“")]
    [InlineData("thisisjanewayne.com.bauch", "Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage.")]
    [InlineData("Raptastisch.net-Seitenhieb", "Bushido antwortet auf Seitenhieb von Azad und erklärt ihn für „finished“")]
    public void Heading_that_sets_its_languages_quotation_marks_for_typewriter_quotes_of_the_declared_title_is_the_title(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Theory]
    [InlineData("bondyblog.fr.paris-8", "A Paris-8, un peu de tension, beaucoup d’actions")]
    [InlineData("france.attc.org-privatisations", "« Les privatisations sont au profit d’intérêts privés, financiers, des multinationales et au détriment des salariés et des usagers »")]
    public void Heading_that_sets_the_apostrophe_of_an_elided_article_for_a_typewriter_quote_of_the_declared_title_is_the_title(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Theory]
    [InlineData("I’m leaving the harbour")]
    [InlineData("The harbour’s last ferry")]
    public void English_apostrophe_in_the_heading_is_no_elided_article_and_the_declared_title_stands(string heading)
    {
        var declared = heading.Replace('’', '\'');
        VisibleHeading[] headings = [new(heading, heading, null, "", IsMain: true, Aside: false)];
        Assert.Equal(declared, TitleReconciler.Reconcile(null, [declared], headings, null, null, null));
    }

    [Fact]
    public void Declared_title_with_typewriter_quotes_stands_against_english_curly_quotes_in_the_heading() =>
        Assert.Equal("From adversity to advocacy: a young lawyer's journey", FundusTitle("ls/LesothoTimes_2025_05_23"));

    [Fact]
    public void Heading_stands_against_a_document_title_that_is_only_the_sites_name_on_a_page_that_declares_no_sharing_title()
    {
        Assert.Equal("Willkommen!", TrafilaturaTitle("anwaltniemeyer.de.index"));
        VisibleHeading[] headings = [new("Willkommen!", "Willkommen!", null, "", IsMain: true, Aside: false)];
        Assert.Equal("Willkommen!", TitleReconciler.Reconcile(null, [], headings, "Harbour Ferries", "Harbour Ferries", null));
        Assert.Equal("Harbour timetable", TitleReconciler.Reconcile(null, [], headings, "Harbour timetable", "Harbour Ferries", null));
    }

    [Fact]
    public void Heading_of_a_sentences_length_stands_against_a_document_title_that_only_names_the_page() =>
        Assert.Equal("Time to say goodbye.", TrafilaturaTitle("prof-pc.de"));

    [Theory]
    [InlineData("shabka.org.about", "The strategic Think & Do Tank")]
    [InlineData("qualisys.eu.gefahrstoff", "Gefahrstoffmanagement für Hersteller, Importeure und Alleinvertreter")]
    [InlineData("nmb-media.de.ebay", "Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen")]
    [InlineData("careelite.de-flaechenverbrauch", "Flächenverbrauch für Fleisch – Warum wir ohne Tierprodukte nur 1/4 aller Ackerflächen bräuchten")]
    [InlineData("journelles.de.westwing", "Mein cosy Home Gift Guide bei Westwing Collection")]
    public void Heading_of_a_sentences_length_stands_against_differing_sharing_titles_when_no_json_ld_headline_is_declared(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Short_dublin_core_title_stands_against_a_short_differing_heading() =>
        Assert.Equal("Preferred title", ReadabilityTitle("004-metadata-space-separated-properties"));

    [Fact]
    public void Name_the_heading_adds_after_a_bar_is_not_part_of_the_title() =>
        Assert.Equal("Was wir über uns nicht hören wollen", TrafilaturaTitle("interscenar.io.hoeren"));

    [Fact]
    public void Date_set_inside_the_heading_is_not_part_of_the_title() =>
        Assert.Equal(
            "Bundesministerin Raab: Mit Ländern und Unternehmen frauen- und familienfreundliche Rahmenbedingungen gestalten",
            TrafilaturaTitle("bundeskanzleramt.gv.at-bundesminsterin"));

    [Fact]
    public void Part_left_after_a_separator_once_the_declared_site_name_is_gone_is_the_titles_own() =>
        Assert.Equal("ONE HUNDRED TWO: What kind of wordchain? - Super Supportive", ReadabilityTitle("royal-road"));

    [Theory]
    [InlineData("giromatch.com.kredit", "1000 Euro Kredit")]
    [InlineData("fisch-hitparade.de-alkohhol", "Alkohol auf dem Boot")]
    [InlineData("tagesschau.de.rheinmetall", "Daten von Rheinmetall gehackt")]
    public void Phrase_left_after_a_separator_once_the_declared_site_name_is_gone_is_not_part_of_the_shown_heading(string page, string expected) =>
        Assert.Equal(expected, TrafilaturaTitle(page));

    [Fact]
    public void Heading_showing_a_declared_title_whole_keeps_the_part_taken_for_the_site_name() =>
        Assert.Equal("Welpen kaufen – Tipps zu jeder Hunderasse", TrafilaturaTitle("archive.org.welpenkaufen24.de"));

    [Fact]
    public void Heading_showing_one_whole_part_of_a_hierarchical_document_title_is_that_part() =>
        Assert.Equal("Mercurial's Journey to and Reflections on Python 3", TrafilaturaTitle("gregoryszorc.com.python3"));

    [Fact]
    public void Heading_showing_the_last_step_of_a_document_title_set_as_a_path_between_slashes_is_that_step() =>
        Assert.Equal(
            "Rede von Bundespräsident Johannes Rau beim Föderalismuskonvent der deutschen Landesparlamente",
            TrafilaturaTitle("bundespraesident.de.20030331"));

    [Fact]
    public void Date_after_a_separator_in_the_declared_title_is_not_part_of_it() =>
        Assert.Equal("So viel Regen gab es lange nicht", TrafilaturaTitle("kyffhaeuser-nachrichten.de-Regen"));

    [Fact]
    public void Json_ld_headline_stands_against_a_differing_heading() =>
        Assert.Equal("Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod", FundusTitle("de/MDR_2023_04_28"));

    [Theory]
    [InlineData("uk/Metro_2024_11_29", "Sweden tells 5,000,000 households 'how to survive WWIII' in war pamphlet")]
    [InlineData("us/APNews_2024_09_03", "The presidential campaigns brace for a sprint to Election Day")]
    [InlineData("uk/EuronewsEN_2024_04_30", "Swedish police to investigate reports of leaks to violent gangs")]
    [InlineData("uk/DailyStar_2024_04_23", "'I sell Disney World holidays - booking the right day could save you thousands'")]
    public void Declared_title_that_is_the_heading_with_inner_words_left_out_is_the_filed_headline(string page, string expected) =>
        Assert.Equal(expected, FundusTitle(page));

    [Fact]
    public void Document_title_shortened_for_search_is_no_filed_headline()
    {
        // As on cleanthinking.de (trafilatura dataset): only <title> leaves words out, to fit a search result's line.
        const string Heading = "Oranger Wasserstoff: Der Traum vom erneuerbaren Gas aus der Erdkruste";

        var title = TitleReconciler.Reconcile(Heading, [Heading], [new VisibleHeading(Heading, Heading, null, "", IsMain: true, Aside: false)], "Oranger Wasserstoff: Gas aus der Erdkruste", null, "cleanthinking.de");

        Assert.Equal(Heading, title);
    }

    [Fact]
    public void Json_ld_open_graph_and_document_title_stating_one_title_win_over_a_heading_worded_otherwise() =>
        Assert.Equal("Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie", FundusTitle("de/WAZ_2023_06_29"));

    [Theory]
    [InlineData("Coast News")]
    [InlineData("Harbour")]
    public void Site_or_section_name_declared_everywhere_does_not_outvote_the_heading(string declared)
    {
        const string Heading = "Ferry returns to the harbour after winter repairs";

        var title = TitleReconciler.Reconcile(declared, [declared, Heading], [new VisibleHeading(Heading, Heading, null, "", IsMain: true, Aside: false)], declared, "Coast News", "coastnews.example");

        Assert.Equal(Heading, title);
    }

    [Fact]
    public void Heading_sharing_most_words_with_the_title_all_declare_stays_the_title()
    {
        const string Declared = "Harbour ferry returns after winter repairs";
        const string Heading = "Harbour ferry back in service after winter repairs";

        // The heading is declared too, as the Twitter title, so it is the one shown word for word; a rewording of the same words stays.
        var title = TitleReconciler.Reconcile(Declared, [Declared, Heading], [new VisibleHeading(Heading, Heading, null, "", IsMain: true, Aside: false)], Declared + " | Coast News", "Coast News", "coastnews.example");

        Assert.Equal(Heading, title);
    }

    [Fact]
    public void Permalink_symbol_in_the_heading_is_not_part_of_the_title()
    {
        const string html = """
            <html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
            <body><div class="section"><h1>Evolve: Shared Mutable History<a class="headerlink" href="#evolve-shared-mutable-history" title="Permalink to this headline">¶</a></h1>
            <p>Evolve is a Mercurial extension for faster and safer mutable history.</p></div></body></html>
            """;
        var metadata = MetadataTestPages.Extract(new HtmlMetadataExtractor(RuleSet.Embedded), html, "evolve.html");
        Assert.Equal("Evolve: Shared Mutable History", metadata.Title);
    }

    private static string? FundusTitle(string key) =>
        Title(Path.Combine(RepositoryPaths.Datasets, "fundus", "html", key + ".html.gz"));

    private static string? TrafilaturaTitle(string name) =>
        Title(Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html", name + ".html.gz"));

    private static string? ReadabilityTitle(string page) =>
        Title(Path.Combine(RepositoryPaths.Datasets, "readability", "pages", page, "source.html.gz"));

    private static string? Title(string path)
    {
        var outcome = Cleaner.Clean(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileNameWithoutExtension(path), "text/html", null));
        Assert.True(outcome.Succeeded);
        return outcome.Result.Articles[0].Title;
    }
}
