using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class BylineParserTests
{
    private readonly BylineParser _parser = new(RuleSet.Embedded.Metadata);

    [Fact]
    public async Task Author_text_of_a_megabyte_of_dates_is_parsed_at_once()
    {
        // A damaged page's author meta runs on for a megabyte: each date used to copy the whole text once.
        var text = string.Concat(Enumerable.Repeat("12.03.2020 ", 100_000));

        var byline = await Task.Run(() => _parser.ParseLabelled(text)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(byline.Authors);
        Assert.Empty(byline.Agencies);
    }

    [Fact]
    public async Task A_role_joined_to_itself_twenty_thousand_times_is_split_at_once()
    {
        // "+記者+記者…": each role joins the part before it, and the grown part was asked again whether it was an organisation.
        var text = string.Concat(Enumerable.Repeat("+記者", 20_000));

        var split = await Task.Run(() => _parser.Parts.Split(text)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, split.Count);
        Assert.Equal(text.Length - 1, split[1].Length);
    }

    [Fact]
    public void Author_text_is_read_to_its_first_thousand_characters()
    {
        // Markup that labels the author holds a few names; a damaged page's "author" of kilobytes holds none past its opening.
        var text = "Jane Doe | " + string.Concat(Enumerable.Repeat("– ", 600)) + "| John Roe";

        var byline = _parser.ParseLabelled(text);

        Assert.Equal(["Jane Doe"], byline.Authors);
    }

    [Theory]
    [InlineData("Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn")]
    [InlineData("Jane Doe [www.janedoe.net]", "Jane Doe")]
    public void A_home_page_in_brackets_after_the_name_is_contact_and_not_an_organisation(string text, string name)
    {
        // readability ebb-org: the author meta tag gave "Bkuhn" (the address's path) and "Ebb.Org" (its host) instead of the name.
        var byline = _parser.ParseLabelled(text);

        Assert.Equal([name], byline.Authors);
        Assert.Empty(byline.Agencies);
    }

    [Theory]
    [InlineData("Rachael Link, MS, RD", "Rachael Link")]
    [InlineData("By Jane Doe, MA, RN", "Jane Doe")]
    [InlineData("By Kerry Torrens, BSc (Hons) PGCert", "Kerry Torrens")]
    [InlineData("Jane O'Neill MD", "Jane O'Neill")]
    [InlineData("By Jane Roe, JD", "Jane Roe")]
    [InlineData("Jillian Kubala, MS, RD and Jane Roe, MD", "Jillian Kubala|Jane Roe")]
    [InlineData("Md. Abdul Karim", "Md. Abdul Karim")]
    [InlineData("By JOHN MA", "JOHN MA")]
    [InlineData("by LD", "LD")]
    public void Degrees_and_certifications_after_a_name_are_no_names_and_names_that_look_like_them_stay(string text, string names)
    {
        // aeb e593d7fe: the author meta "Rachael Link, MS, RD" gave a second author "MS"; "MD" as a role, matched in any case, emptied "Md. Abdul Karim".
        var byline = _parser.ParseLabelled(text);

        Assert.Equal(names.Split('|'), byline.Authors);
        Assert.Empty(byline.Agencies);
    }

    [Fact]
    public void Reporting_line_credits_the_reporter_and_not_the_source()
    {
        var byline = _parser.Parse("Reporting by: Wladimir van Wilgenburg | Source: ARA News");
        Assert.Equal(["Wladimir van Wilgenburg"], byline.Authors);
        Assert.DoesNotContain("ARA News", byline.Authors);
    }

    [Fact]
    public void Agency_byline_is_credited_not_authored()
    {
        var byline = _parser.Parse("by AFP");
        Assert.Empty(byline.Authors);
        Assert.Equal(["AFP"], byline.Agencies);
    }

    [Theory]
    [InlineData("Av Anna Svensson och Erik Berg", "Anna Svensson", "Erik Berg")]
    [InlineData("Di Mario Rossi e Luca Bianchi", "Mario Rossi", "Luca Bianchi")]
    [InlineData("Door Jan de Vries en Piet Jansen", "Jan de Vries", "Piet Jansen")]
    [InlineData("Per Joan Puig i Marta Soler", "Joan Puig", "Marta Soler")]
    public void Two_writers_joined_by_the_conjunction_of_their_language_are_two_authors(string text, string first, string second) =>
        Assert.Equal([first, second], _parser.Parse(text.Replace("Per ", "", StringComparison.Ordinal)).Authors);

    [Theory]
    [InlineData("Autorin: Anna Schmidt", "Anna Schmidt")]
    [InlineData("Tekst: Kari Nordmann", "Kari Nordmann")]
    [InlineData("Texto: Ana Gómez", "Ana Gómez")]
    [InlineData("Testo di Mario Rossi", "Mario Rossi")]
    public void Writer_label_of_the_page_language_introduces_the_author(string text, string author) =>
        Assert.Equal([author], _parser.Parse(text).Authors);

    [Theory]
    // ndr.de: <span itemprop="author">Autor/in: Korinna Hennig </span>; swr.de: <dt>AUTOR/IN</dt><dd>Julius Richter</dd>.
    [InlineData("Autor/in: Korinna Hennig", "Korinna Hennig")]
    [InlineData("AUTOR/IN Julius Richter", "Julius Richter")]
    [InlineData("Autor*in: Evan Tepest", "Evan Tepest")]
    [InlineData("Autor:in Evan Tepest", "Evan Tepest")]
    [InlineData("AutorIn: Anna Schmidt", "Anna Schmidt")]
    [InlineData("Autor_in: Anna Schmidt", "Anna Schmidt")]
    [InlineData("Auteur·e : Claire Martin", "Claire Martin")]
    [InlineData("Auteur(s) : Claire Martin", "Claire Martin")]
    [InlineData("Autor/a: Ana Gómez", "Ana Gómez")]
    public void Gender_inclusive_writer_label_introduces_the_author_and_is_not_split_at_its_mark(string text, string author) =>
        Assert.Equal([author], _parser.Parse(text).Authors);

    [Fact]
    public void Plural_inclusive_writer_label_introduces_each_author() =>
        Assert.Equal(["Anna Schmidt", "Jan Weber"], _parser.Parse("Autor*innen: Anna Schmidt und Jan Weber").Authors);

    [Theory]
    [InlineData("Foto: Peter Müller/dpa", new string[0])]
    [InlineData("Text: Anna Schmidt | Fotos: Peter Müller/dpa", new[] { "Anna Schmidt" })]
    [InlineData("Bild: Reuters | Von Anna Schmidt", new[] { "Anna Schmidt" })]
    public void Agency_supplying_the_picture_is_no_credit_for_the_article(string text, string[] authors)
    {
        var byline = _parser.Parse(text);
        Assert.Equal(authors, byline.Authors);
        Assert.Empty(byline.Agencies);
    }

    [Fact]
    public void Legal_form_e_V_is_no_conjunction_splitting_an_association_name()
    {
        var byline = _parser.ParseLabelled("Bund der Energieverbraucher e.V. ");
        Assert.Empty(byline.Authors);
        Assert.Equal(["Bund der Energieverbraucher e.V"], byline.Agencies);
    }

    [Theory]
    [InlineData("Redacción", "Redacción")]
    [InlineData("Por Redacción LR", "Redacción LR")]
    [InlineData("Redação", "Redação")]
    [InlineData("Par la Rédaction", "la Rédaction")]
    [InlineData("Redazione ANSA", "Redazione ANSA")]
    [InlineData("Door de redactie", "De Redactie")]
    [InlineData("Die Grünen Bundestagsfraktion", "Die Grünen Bundestagsfraktion")]
    [InlineData("By the Sports Department", "the Sports Department")]
    public void An_editorial_desk_or_a_parliamentary_group_in_any_language_is_credited_as_an_organisation_not_a_person(string text, string desk)
    {
        // As on elheraldo.hn, larepublica.pe, diaadia.com.pa, gruene-bundestag.de (trafilatura dataset) and ansa.it (htmldate dataset): the
        // desk's word of the page's language named no person, yet the name went to authors.
        var byline = _parser.Parse(text);
        Assert.Empty(byline.Authors);
        Assert.Equal([desk], byline.Agencies);
    }

    [Theory]
    [InlineData("Von Anna Schmidt, Kyodo", "Kyodo")]
    [InlineData("Jiji Press", "Jiji Press")]
    [InlineData("Par Marie Dupont, Belga", "Belga")]
    [InlineData("Por Ana Gómez | Europa Press", "Europa Press")]
    public void National_news_agency_is_credited_as_an_agency_not_a_person(string text, string agency)
    {
        var byline = _parser.Parse(text);
        Assert.Equal([agency], byline.Agencies);
        Assert.DoesNotContain(agency, byline.Authors);
    }

    [Theory]
    [InlineData("Anadolu Ajansı", "Anadolu Ajansı")]
    [InlineData("Von Associated Press", "Associated Press")]
    [InlineData("Quelle: dpa", "dpa")]
    public void Agency_is_credited_as_the_page_spells_it(string text, string agency) =>
        Assert.Equal([agency], _parser.ParseLabelled(text).Agencies);

    [Fact]
    public void Initials_of_a_newsroom_are_credited_not_authored()
    {
        var byline = _parser.Parse("By TPN,");
        Assert.Empty(byline.Authors);
        Assert.Equal(["TPN"], byline.Agencies);
    }

    [Fact]
    public void User_name_after_its_label_keeps_its_digits() =>
        Assert.Equal(["Bo2man"], _parser.ParseLabelled("Author: Bo2man am 29.12.2010, 13:36 Uhr").Authors);

    [Theory]
    // "writes:" in Bosnian/Croatian/Serbian, Polish and Czech (htmldate 1750355638: "Piše: P. Mucović | prije 26 minuta").
    [InlineData("Piše: P. Mucović", "P. Mucović")]
    [InlineData("Pisze: Anna Kowalska", "Anna Kowalska")]
    [InlineData("Píše Jana Nováková", "Jana Nováková")]
    public void Writes_label_opens_the_byline(string text, string name) =>
        Assert.Equal(name, _parser.Names.Normalize(text));

    [Theory]
    [InlineData("Piše: P. Mucović | prije 26 minuta", "P. Mucović")]
    [InlineData("Jane Doe | 2 hours ago", "Jane Doe")]
    [InlineData("By Maren Estrada 2 days ago", "Maren Estrada")]
    [InlineData("Anna Schmidt vor 3 Stunden", "Anna Schmidt")]
    public void Age_beside_the_name_is_no_name(string text, string name) =>
        Assert.Equal([name], _parser.ParseLabelled(text).Authors);

    [Fact]
    public void Spelled_out_e_mail_address_is_not_a_name() =>
        Assert.Empty(_parser.ParseLabelled("cipha[at]cipha.net").Authors);

    [Theory]
    [InlineData("By Jose de la Cruz", "Jose de la Cruz")]
    [InlineData("Por Juan Pérez de la redacción", "Juan Pérez")]
    public void De_la_is_a_particle_before_a_surname_and_ends_the_name_before_an_affiliation(string text, string name) =>
        Assert.Equal([name], _parser.Parse(text).Authors);

    [Theory]
    [InlineData("Von FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe")]
    [InlineData("SPIEGEL-Korrespondent Jane Doe", "Jane Doe")]
    public void Compound_role_before_a_name_is_a_title(string text, string name) =>
        Assert.Equal(name, _parser.Names.Normalize(text));

    [Theory]
    [InlineData("Rasender Reporter", "Rasender Reporter")]
    [InlineData("Jane Doe Reporter", "Jane Doe")]
    public void Role_word_after_one_capitalised_word_is_part_of_a_pen_name(string text, string name) =>
        Assert.Equal(name, _parser.Names.Normalize(text));

    [Fact]
    public void Two_words_that_are_one_role_together_are_no_pen_name() =>
        Assert.Null(_parser.Names.Normalize("Staff Reporter"));

    [Fact]
    public void Connecting_word_of_the_date_line_is_not_a_name() =>
        Assert.Equal(["Isabella.DiBiase"], _parser.ParseLabelled("Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr").Authors);

    [Fact]
    public void Text_and_pictures_label_credits_one_author() =>
        Assert.Equal(["Ivan Valetny"], _parser.Parse("Text & Fotos: Ivan Valetny").Authors);

    [Fact]
    public void Bare_handle_is_nobody() => Assert.Equal(Byline.Empty.Authors, _parser.Parse("adminweb").Authors);

    [Fact]
    public void Trailing_initial_keeps_its_period() => Assert.Equal(["Joe S."], _parser.ParseLabelled("Joe S.").Authors);

    [Theory]
    [InlineData("Agencies")]
    [InlineData("iStockphoto")]
    [InlineData("Abbrechen")]
    public void Generic_credits_and_button_labels_are_nobody(string line) => Assert.Empty(_parser.Parse(line).Authors);

    [Fact]
    public void Several_names_are_split_and_roles_stripped()
    {
        var byline = _parser.Parse("By Jane Doe, John Roe and Mary Major, Staff Writers");
        Assert.Equal(["Jane Doe", "John Roe", "Mary Major"], byline.Authors);
    }

    [Theory]
    [InlineData("牛镛、岳弘彬")]
    [InlineData("牛镛，岳弘彬")]
    public void Chinese_enumeration_commas_separate_names(string text) =>
        Assert.Equal(["牛镛", "岳弘彬"], _parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("Revised Edition Edited by Adrian Parr")]
    [InlineData("Medically reviewed by Daniel Murrell, MD")]
    public void Editor_or_reviewer_credit_is_nobody_s_authorship(string text) => Assert.Empty(_parser.ParseLabelled(text).Authors);

    [Fact]
    public void Writer_stays_when_the_line_also_names_the_reviewer() =>
        Assert.Equal(["Ana Sandoiu"], _parser.Parse("By Ana Sandoiu | Fact checked by Jasmin Collier").Authors);

    [Theory]
    [InlineData("2 Fictions")]
    [InlineData("15 Artikel")]
    public void Count_of_a_profile_is_no_name(string text) => Assert.Empty(_parser.ParseLabelled(text).Authors);

    [Fact]
    public void Byline_run_into_the_next_sentence_ends_before_its_article()
    {
        var agency = _parser.Parse("Por Agencia EFE El");
        Assert.Empty(agency.Authors);
        Assert.Equal(["Agencia EFE"], agency.Agencies);
        Assert.Equal(["Jane Doe"], _parser.Parse("Von Jane Doe Die").Authors);
        Assert.Equal(["Sanjay Das"], _parser.Parse("By Sanjay Das").Authors);
    }

    [Fact]
    public void Soft_hyphens_inside_a_name_are_dropped() =>
        Assert.Equal(["Matthias Lauerer"], _parser.Parse("Von Mat\u00ADthi\u00ADas Lauerer").Authors);

    [Theory]
    [InlineData("danilo.dietsch", "Danilo Dietsch")]
    [InlineData("Robert.Stitz", "Robert Stitz")]
    public void Account_written_first_dot_last_is_the_person_s_name(string text, string name) =>
        Assert.Equal([name], _parser.ParseLabelled(text).Authors);

    [Fact]
    public void Dotted_web_address_is_no_person() => Assert.Empty(_parser.ParseLabelled("kath.net").Authors);

    [Theory]
    [InlineData("Nachrichten")]
    [InlineData("Noticias")]
    public void Word_for_news_is_a_desk_not_a_person(string credit)
    {
        var byline = _parser.ParseLabelled(credit);
        Assert.Empty(byline.Authors);
        Assert.Equal([credit], byline.Agencies);
    }

    [Theory]
    [InlineData("Ein Kommentar von Jane Doe", "Jane Doe")]
    [InlineData("Pressemitteilung von Katja Kipping", "Katja Kipping")]
    [InlineData("A column by Jane Doe", "Jane Doe")]
    [InlineData("Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("Otto von Bismarck", "Otto von Bismarck")]
    [InlineData("Johann Wolfgang von Goethe", "Johann Wolfgang von Goethe")]
    public void Kind_of_piece_before_von_or_by_labels_the_name(string text, string name) =>
        Assert.Equal([name], _parser.Parse(text).Authors);

    [Fact]
    public void German_byline_with_agency_splits_on_und()
    {
        var byline = _parser.Parse("Von Anna Schmidt und Peter Müller, dpa");
        Assert.Equal(["Anna Schmidt", "Peter Müller"], byline.Authors);
        Assert.Equal(["dpa"], byline.Agencies);
    }

    [Fact]
    public void Dates_times_and_emails_are_not_names()
    {
        var byline = _parser.Parse("By Jane Doe jane.doe@example.com | September 10, 2016 10:45 am");
        Assert.Equal(["Jane Doe"], byline.Authors);
        Assert.Empty(byline.Agencies);
    }

    [Fact]
    public void Labelled_markup_accepts_a_single_name_but_not_a_handle_marker()
    {
        Assert.Equal(["Konstantin"], _parser.ParseLabelled("Konstantin").Authors);
        Assert.Empty(_parser.ParseLabelled("admin").Authors);
    }

    // From datasets/trafilatura silvias.net.wahlzensur and two AEB pages ("by jdadmin"): the site's administrative account, spelled with more.
    [Theory]
    [InlineData("von wordpressadmin")]
    [InlineData("by jdadmin")]
    [InlineData("siteadmin")]
    [InlineData("Webmasterteam")]
    public void Administrative_account_spelled_with_other_letters_is_nobody(string byline) =>
        Assert.Empty(_parser.ParseLabelled(byline).Authors);

    // From datasets/trafilatura infosperber.ch and a gazeta.pl recipe: "red." is the newsroom's sign in German, Polish and Czech bylines.
    [Theory]
    [InlineData("red.", new string[0], new[] { "red." })]
    [InlineData("Text: red.", new string[0], new[] { "red." })]
    [InlineData("(red)", new string[0], new[] { "(red)" })]
    [InlineData("Jane Doe, red.", new[] { "Jane Doe" }, new[] { "red." })]
    [InlineData("Jane Doe (red)", new[] { "Jane Doe" }, new[] { "(red)" })]
    [InlineData("Fred Red", new[] { "Fred Red" }, new string[0])]
    public void Newsroom_sign_red_is_a_desk_credit_not_a_person(string byline, string[] authors, string[] agencies)
    {
        var parsed = _parser.ParseLabelled(byline);
        Assert.Equal(authors, parsed.Authors);
        Assert.Equal(agencies, parsed.Agencies);
    }

    [Fact]
    public void Name_holding_admin_letters_across_words_is_a_person() =>
        Assert.Equal(["Ada Minter"], _parser.ParseLabelled("Ada Minter").Authors);

    [Fact]
    public void Newsroom_desk_is_an_organisation()
    {
        var byline = _parser.ParseLabelled("Redaktion Sport");
        Assert.Empty(byline.Authors);
        Assert.Equal(["Redaktion Sport"], byline.Agencies);
    }

    [Theory]
    [InlineData("Posted by Konstantin", "Konstantin")]
    [InlineData("Erstellt von Andri Bryner", "Andri Bryner")]
    [InlineData("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", "Pamela Sladky")]
    [InlineData("Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", "Eberhard Fuhr")]
    public void Credit_phrases_and_descriptions_are_not_part_of_the_name(string line, string name) =>
        Assert.Equal([name], _parser.ParseLabelled(line).Authors);

    [Theory]
    [InlineData("By STEVE PEOPLES, AP National Political Writer", "STEVE PEOPLES")]
    [InlineData("Hillel Italie, AP National Writer", "Hillel Italie")]
    public void Agency_staff_title_after_the_name_credits_the_agency(string line, string name)
    {
        var byline = _parser.Parse(line);
        Assert.Equal([name], byline.Authors);
        Assert.Equal(["AP"], byline.Agencies);
    }

    [Theory]
    [InlineData("Deutscher Caritasverband e. V.", true)]
    [InlineData("Bund der Energieverbraucher e.V", true)]
    [InlineData("Bundesverband WindEnergie e.V.", true)]
    [InlineData("Bayerische Landesanstalt für Wald", true)]
    [InlineData("Außenministerium der Republik Österreich", true)]
    [InlineData("Leonora Holling", false)]
    [InlineData("Eve Verbandt", false)]
    public void Legal_forms_and_compound_words_ending_in_an_institution_name_an_organisation(string name, bool organisation) =>
        Assert.Equal(organisation, _parser.IsOrganisation(name));

    [Theory]
    [InlineData("Bo2man", "Bo2man")]
    [InlineData("freeman1984", "freeman1984")]
    [InlineData("Jenny_Smith", "Jenny Smith")]
    public void User_names_are_kept_as_written_and_slugs_read_as_names(string credit, string name) =>
        Assert.Equal([name], _parser.ParseLabelled(credit).Authors);

    [Theory]
    [InlineData("von Redaktion", "Redaktion")]
    [InlineData("PETA-Team", "PETA-Team")]
    [InlineData("Newsdesk", "Newsdesk")]
    [InlineData("Autor: Redaktion", "Redaktion")]
    [InlineData("Jane Doe", null)]
    [InlineData("Redaktion der Zeitung am 12. Mai", null)]
    public void Newsroom_credits_are_recognised(string credit, string? expected) => Assert.Equal(expected, _parser.DeskCredit(credit));

    [Fact]
    public void Bracketed_agency_is_credited_apart_from_the_name()
    {
        var byline = _parser.Parse("By Jane Doe (AP/Reuters)");
        Assert.Equal(["Jane Doe"], byline.Authors);
        Assert.Equal(["AP", "Reuters"], byline.Agencies);
    }

    [Fact]
    public void Organisation_name_joined_by_a_conjunction_is_not_split_into_names()
    {
        // waldwissen.net's author meta tag.
        var byline = _parser.ParseLabelled("Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF");
        Assert.Empty(byline.Authors);
        Assert.DoesNotContain("Forstwirtschaft", byline.Agencies);
    }

    [Fact]
    public void Organisation_and_a_person_are_still_two_credits()
    {
        var byline = _parser.ParseLabelled("Redaktion und Jane Doe");
        Assert.Equal(["Jane Doe"], byline.Authors);
    }

    [Theory]
    [InlineData("https://semissourinews.com/author/metric-media-news-service")]
    [InlineData("https://www.facebook.com/noticiaexatamt")]
    public void Profile_address_in_an_author_tag_names_no_one(string value)
    {
        Assert.Equal(Byline.Empty, _parser.ParseLabelled(value));
        Assert.Null(_parser.DeskCredit(value));
    }

    [Theory]
    [InlineData("8. Januar 2020 · by Aureliana · in Gefühle", "Aureliana")]
    [InlineData("Posted by Jane Doe · in Recipes", "Jane Doe")]
    public void Category_after_the_byline_opening_with_a_connecting_word_is_no_name(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("deinen Hochzeitsbloggern")]
    [InlineData("unser Team")]
    [InlineData("durch Yirou Chen")]
    public void Lower_case_word_before_capitalised_ones_is_a_phrase_not_a_name(string text) =>
        // rent-a-pastor.com's author meta ("your wedding bloggers"); a writer label of a language the rules do not list.
        Assert.Empty(_parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("van Gogh", "van Gogh")]
    [InlineData("de la Cruz", "de la Cruz")]
    [InlineData("bell hooks", "Bell Hooks")]
    public void Name_particles_and_names_written_all_in_lower_case_stay_names(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Fact]
    public void Sentence_beside_the_byline_is_no_name() =>
        // biobiochile.cl: the writer, then who supplied the information, in a sentence.
        Assert.Equal(["Alberto González"], _parser.ParseLabelled("| | Publicado por Alberto González | | La información es de Cristian Cerna | | | |").Authors);

    [Theory]
    [InlineData("责任编辑：孔德明", "孔德明")]
    [InlineData("责编: 焦鹏", "焦鹏")]
    public void Responsible_editor_label_introduces_the_credited_name(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("聯合報 記者林宸誼／即時報導", "林宸誼", "")]
    [InlineData("記者林宸誼/台北報導", "林宸誼", "")]
    [InlineData("文／記者王小明 圖／騰訊科技", "王小明", "")]
    [InlineData("作者：張三", "張三", "")]
    [InlineData("新华社记者 才扬", "才扬", "新华社")]
    [InlineData("半月谈记者 史卫燕", "史卫燕", "")]
    [InlineData("记者 李四 北京3日电", "李四", "")]
    public void A_chinese_byline_credits_the_name_after_the_reporters_label_and_not_the_label_the_dateline_or_the_picture(string text, string author, string agency)
    {
        // udn.com: the JSON-LD author is "記者林宸誼／即時報導" (reporter, name, "filed in real time"); it was credited whole.
        var byline = _parser.ParseLabelled(text);

        Assert.Equal([author], byline.Authors);
        Assert.Equal(agency.Length == 0 ? [] : [agency], byline.Agencies);
    }

    [Fact]
    public void Korean_surname_im_opens_a_name() =>
        Assert.Equal(["Im Jae-hyun"], _parser.ParseLabelled("Im Jae-hyun").Authors);

    [Fact]
    public void Three_single_capitalised_words_are_the_storys_topics_not_its_writers() =>
        // solarserver.de: the date and the category links under the heading.
        Assert.Empty(_parser.ParseLabelled("01.12.2022 / / CSP / International / Photovoltaik / Solarthermie / Speicher / Top Solar News / Wirtschaft").Authors);

    [Fact]
    public void A_newsrooms_lower_case_handles_stay_credits() =>
        // srf.ch: the desk and two editors' handles.
        Assert.Equal(["Hosb", "Kesm"], _parser.ParseLabelled("hosb;kesm;srf").Authors.Where(a => a != "Srf"));

    [Theory]
    // blog.amp.dev and aclu.org: each writer's team or employer after the name.
    [InlineData("Posted by Alex Durán, AMP Project Marketing, Google", new[] { "Alex Durán" })]
    [InlineData("Sarah Hinger , Staff Attorney, ACLU Racial Justice Program | | & Sylvia Torres-Guillén , Director of Education Equity, ACLU Foundations of California", new[] { "Sarah Hinger", "Sylvia Torres-Guillén" })]
    public void An_acronym_led_affiliation_after_a_writer_is_no_name(string text, string[] authors) =>
        Assert.Equal(authors, _parser.ParseLabelled(text).Authors);

    [Fact]
    public void An_acronym_led_credit_alone_stays_a_credit() =>
        Assert.Equal(["BBC News"], _parser.ParseLabelled("BBC News").Agencies.Concat(_parser.ParseLabelled("BBC News").Authors));

    [Theory]
    // wired.com: the author box holds the writer's biography and title.
    [InlineData("| | Scott Gilbertson is a senior writer for WIRED. He was previously a writer and editor for WIRED’s Webmonkey.com, covering the independent web and early internet culture. He studied at the University of Georgia. | | Senior Writer and Reviewer | |", "Scott Gilbertson")]
    [InlineData("Anna Schmidt ist eine freie Journalistin aus Köln, die über Klima schreibt.", "Anna Schmidt")]
    public void A_biography_names_the_writer_in_its_subject(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Theory]
    // ladiaria.com.uy: "Escribe" opens the byline under the heading.
    [InlineData("Escribe Camila Méndez", "Camila Méndez")]
    [InlineData("Schreibt Anna Schmidt", "Anna Schmidt")]
    [InlineData("Écrit par Jean Dupont", "Jean Dupont")]
    public void A_verb_of_writing_before_the_name_labels_the_writer(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("Von: det/dpa", new[] { "dpa" })]
    [InlineData("dpa/lno", new[] { "dpa" })]
    [InlineData("AFP/jm", new[] { "AFP" })]
    [InlineData("dpa/afp", new[] { "dpa", "afp" })]
    public void Lower_case_initials_across_a_slash_from_an_agency_are_an_editor_sign_not_an_author(string text, string[] agencies)
    {
        var byline = _parser.ParseLabelled(text);
        Assert.Empty(byline.Authors);
        Assert.Equal(agencies, byline.Agencies);
    }

    [Fact]
    public void Writer_named_beside_an_agency_across_a_slash_stays_an_author() =>
        Assert.Equal(["Anna Schmidt"], _parser.ParseLabelled("Anna Schmidt/dpa").Authors);
}
