using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Bylines written as a line of their own under the heading, in markup that does not flag them (snippets trimmed from dataset pages).</summary>
public sealed class HeadingLineBylineFinderTests
{
    internal const string Prose = "<p>Wärmepumpenheizungen setzen auf die kostenfreie Energie der Umwelt und versorgen Häuser günstig und umweltfreundlich mit Wärme. Während die Technik in immer mehr Neubauten zum Einsatz kommt, zögern viele Besitzer älterer Häuser noch.</p>";
    private static readonly HeadingLineBylineFinder Finder = new(RuleSet.Embedded.Metadata, new BylineParser(RuleSet.Embedded.Metadata));

    [Fact]
    public void Lower_case_von_line_in_an_unmarked_list_item_names_the_author()
    {
        var found = Find("<h1>Eignet sich eine Wärmepumpe im Altbau?</h1><div><ul><li><i></i><span class=\"hde-m-page-hero__meta-label\"> von Alexander Rosenkranz </span></li><li><time datetime=\"2022-03-09\">09.03.2022</time></li></ul></div>" + Prose);
        Assert.Equal(["Alexander Rosenkranz"], found?.Byline.Authors);
        Assert.Equal("von Alexander Rosenkranz", found?.Text);
    }

    [Theory]
    // legrandcontinent.eu: a details box of label/value pairs under the heading.
    [InlineData("<dl class=\"post-meta-box\"><dt>\n  Auteur  </dt><dd><a href=\"/fr/staff/uriel-gadessaud/\">Uriel Gadessaud</a></dd><dt>Cover</dt><dd><span>Collège de France</span></dd></dl>", "Uriel Gadessaud")]
    // swr.de: the gender-inclusive label in capitals.
    [InlineData("<dl class=\"meta-authors\"><dt class=\"meta-author-name\">AUTOR/IN</dt><dd class=\"meta-author-name\">Julius Richter</dd></dl>", "Julius Richter")]
    [InlineData("<div><span>Autor*innen:</span></div><div><span>Anna Schmidt und Jan Weber</span></div>", "Anna Schmidt|Jan Weber")]
    public void Writer_label_in_its_own_element_names_the_people_on_the_next_line(string meta, string authors) =>
        Assert.Equal(authors.Split('|'), Find("<h1>Hiobsbotschaft für Allianz MTV Stuttgart</h1>" + meta + Prose)?.Byline.Authors);

    [Fact]
    public void Writer_label_alone_does_not_credit_a_line_that_is_no_name() =>
        Assert.Null(Find("<h1>Hiobsbotschaft für Allianz MTV Stuttgart</h1><dl><dt>Autor</dt><dd>Collège de France, Paris</dd></dl>" + Prose));

    [Fact]
    public void Posted_by_label_introduces_a_single_name() =>
        Assert.Equal(["Konstantin"], Find("<h1>Interning of Small Integers in Python</h1><div class=\"postdata\"><span class=\"category\">Posted by Konstantin</span> <span class=\"date\">21.10.2019</span></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Written_by_with_a_colon_is_a_label() =>
        Assert.Equal(["Julie Mollins"], Find("<h1>Management of Intact Forestlands by Indigenous Peoples Key to Protecting Climate</h1><p><em>Courtesy of Forests News </em></p><p><em>Written by: <a href=\"https://forestsnews.cifor.org/63537\">Julie Mollins</a> </em></p>" + Prose)?.Byline.Authors);

    [Fact]
    public void Newsroom_after_von_is_credited_as_a_desk()
    {
        var found = Find("<h1>Benjamin Näßler: «Liebe kennt keine Pause»</h1><p>Der ehemalige Mr. Gay Germany will ein Zeichen setzen</p><div><span>von <a href=\"/mitarbeiter/newsdesk\"><strong>Newsdesk</strong></a></span> <time>28. Januar 2022, 12:01</time></div>" + Prose);
        Assert.Empty(found!.Value.Byline.Authors);
        Assert.Equal(["Newsdesk"], found.Value.Byline.Agencies);
    }

    [Fact]
    public void Month_of_the_date_after_the_name_is_not_part_of_it() =>
        Assert.Equal(["Erin Cunningham"], Find("<h1>Attack stokes instability fears in North Africa</h1><div><span>By Erin Cunningham March 5 at 7:46 PM</span></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Unlabelled_name_beside_the_date_is_the_byline() =>
        Assert.Equal(["Sehernur Karsu"], Find("<h1>Türkiye'de elektrikli araç şarj istasyonu sayısı 11 bini aştı</h1><h4>Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu, şarj istasyonu sayısını bildirdi.</h4><div class=\"row\"><span style=\"float:left\">Sehernur Karsu &nbsp;|</span><span class=\"tarih\">05.04.2025 - Güncelleme : 05.04.2025 </span></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Unlabelled_name_with_a_middle_initial_beside_a_day_first_written_date_is_the_byline() =>
        // Trimmed from jungefreiheit.de (an Elementor post-info list under the heading).
        Assert.Equal(["Boris T. Kaiser"], Find("<h1>Kaisers royaler Wochenrückblick</h1><div><ul class=\"elementor-post-info\"><li><span><a href=\"/kategorie/debatte/kommentar/\">Kommentar</a></span></li>"
            + "<li><a href=\"/2019/10/19/\"><span>19. Oktober 2019</span></a></li><li><span>Boris T. Kaiser</span></li><li><a href=\"#comments\">0 Kommentare</a></li></ul></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Unlabelled_name_beside_a_line_that_is_no_date_is_not_a_byline() =>
        Assert.Null(Find("<h1>Kaisers royaler Wochenrückblick</h1><div><ul><li>Kommentar</li><li>19 Kommentare</li><li>Boris T. Kaiser</li></ul></div>" + Prose));

    [Fact]
    public void Name_after_the_date_on_its_line_is_the_byline() =>
        Assert.Equal(["Reiner Nagel"], Find("<h1>Die Freiheit der Planung</h1><div><div>Essay</div></div><div><span>25.10.2022 - Reiner Nagel</span></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Dateline_with_the_name_just_above_the_heading_is_the_byline() =>
        Assert.Equal(["Uta Helkenberg"], Find("<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme der FN zum HLP-Pilotjahr 2022</h1>" + Prose + "</div>")?.Byline.Authors);

    [Fact]
    public void Page_without_a_heading_is_read_from_the_top_of_the_article() =>
        Assert.Equal(["Klaus Stanjek"], Find("<h2>Klänge des Verschweigens</h2><h4>Ein detektivischer Musikfilm</h4><p> von <em>Klaus Stanjek</em></p>" + Prose)?.Byline.Authors);

    [Fact]
    public void Posted_by_several_names_credits_them_all() =>
        Assert.Equal(["Kovarex", "TOGos", "Ernestas", "Albert"], Find("<h1>Friday Facts #282 - 0.17 in sight</h1><div>Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, <a href=\"/blog/\">all posts</a></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Labelled_fact_lines_are_not_an_unlabelled_byline() =>
        Assert.Null(Find("<h1>Künstliche Intelligenz</h1><dl><dt>Ort</dt><dd>Ort Saarbrücken</dd><dd>Datum 12.01.2023</dd></dl>" + Prose));

    [Fact]
    public void Sentence_opening_with_von_is_not_a_byline() =>
        Assert.Null(Find("<h1>Zugverkehr</h1><p>Von Berlin nach Hamburg fährt der Zug seit Montag wieder stündlich.</p>" + Prose));

    [Fact]
    public void Von_inside_the_heading_is_not_read() =>
        Assert.Null(Find("<h1>Festspiel-Reisen von Van der Bellen kosteten 57.000 Euro</h1>" + Prose + Prose));

    [Fact]
    public void Labelled_author_line_closing_the_body_is_the_byline() =>
        Assert.Equal(["Sebastian Einbock"], FindAtEnd(Prose + "<div>Quelle: © www.juragentur.de - Rechtsnews für Ihre Anwaltshomepage<br/><br/>Symbolgrafik:© Butch - stock.adobe.com<br/><br/>Autor: <a href=\"https://www.juraforum.de/rechtsanwalt/\">Rechtsanwalt</a> Sebastian Einbock</div>")?.Byline.Authors);

    [Fact]
    public void Source_line_closing_the_body_credits_the_source()
    {
        var found = FindAtEnd(Prose + "<p> </p><p style=\"text-align:right;\">Quelle: <a href=\"http://www.kathpress.at\">kathpress</a></p>");
        Assert.Empty(found!.Value.Byline.Authors);
        Assert.Equal(["Kathpress"], found.Value.Byline.Agencies);
    }

    [Fact]
    public void Source_named_inside_the_story_is_not_a_closing_credit() =>
        Assert.Null(FindAtEnd("<p>Quelle: Statistisches Bundesamt</p>" + Prose + Prose + Prose + Prose));

    private static (string Text, Byline Byline)? FindAtEnd(string body) =>
        Finder.FindAtEnd(new HtmlParser().ParseDocument("<html><body><article>" + body + "</article></body></html>").QuerySelector("article"));

    [Fact]
    public void Labelled_credit_in_the_header_above_the_heading_names_the_author()
    {
        const string header = "<div class=\"news-single-timedata\">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div><div class=\"b_sharinglinks\"><a href=\"#\"><span class=\"c_icon\"></span></a></div>";
        var found = Find(header + "<h1>Faire Lieferketten</h1>" + Prose);
        Assert.Equal(["Eberhard Fuhr"], found?.Byline.Authors);
        Assert.Equal("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", found?.Text);
    }

    [Fact]
    public void Labelled_credit_above_prose_above_the_heading_is_not_the_header() =>
        Assert.Null(Find("<div>Redaktion: Eberhard Fuhr</div>" + Prose + "<h1>Faire Lieferketten</h1>" + Prose));

    [Fact]
    public void By_line_may_open_with_dashes() =>
        Assert.Equal(["Kenneth Surin"], Find("<h1>micropolitics</h1><div><span><strong><em>---- by Kenneth Surin</em></strong></span></div>" + Prose)?.Byline.Authors);

    [Fact]
    public void Closing_author_label_without_colon_names_the_authors() =>
        Assert.Equal(["Jelko Djuren", "Jutta Klaukien"], FindAtEnd(Prose + "<p style=\"margin-left:0cm\">Autoren Jelko Djuren und Jutta Klaukien</p>")?.Byline.Authors);

    [Fact]
    public void Closing_author_label_alone_names_the_person_on_the_next_line()
    {
        var found = FindAtEnd(Prose + "<a href=\"#\"><div class=\"trenner_klein\"> </div> <b>Von:</b> <br /> <br /> Götz Warnke</a>");
        Assert.Equal(["Götz Warnke"], found?.Byline.Authors);
        Assert.Equal("Von: Götz Warnke", found?.Text);
    }

    [Fact]
    public void Closing_sentence_opening_with_an_author_word_is_no_credit() =>
        Assert.Null(FindAtEnd(Prose + "<p>Autor Jelko Djuren hat das Buch geschrieben.</p>"));

    // Trimmed from datasets/trafilatura japantimes.co.jp: the agency's name alone right under the headline.
    [Fact]
    public void Agency_name_alone_right_under_the_heading_is_the_agency_credit()
    {
        var found = Find("<header><hgroup><h1>Losing face: 6,000 surgical masks stolen from Kobe hospital</h1></hgroup><p class=\"credit\">JIJI</p></header>" + Prose);
        Assert.Empty(found!.Value.Byline.Authors);
        Assert.Equal(["JIJI"], found.Value.Byline.Agencies);
        Assert.Equal("JIJI", found.Value.Text);
    }

    [Fact]
    public void Agency_name_alone_below_another_line_is_no_credit() =>
        Assert.Null(Find("<h1>Losing face: 6,000 surgical masks stolen from Kobe hospital</h1><p>Kobe</p><p>Reuters</p>" + Prose));

    private static (string Text, Byline Byline)? Find(string body)
    {
        var document = new HtmlParser().ParseDocument("<html><body><article>" + body + "</article></body></html>");
        return Finder.Find(document.QuerySelector("h1"), document.QuerySelector("article"));
    }
}
