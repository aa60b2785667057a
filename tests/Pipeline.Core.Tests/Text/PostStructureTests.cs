using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using Pipeline.Tests.Shared;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

public class PostStructureTests
{
    private const string Paragraph = "The United States and Russia have reached agreement on a cease-fire in southwest Syria, three US officials said on Friday.";

    [Fact]
    public void A_note_on_the_credited_writer_in_the_bodys_last_third_closes_the_story_and_what_follows_leaves()
    {
        // Trimmed from the w3m dump of AEB page 7a457a4f (nbcnews.com), with a newsletter box after the writer's note as space.com prints one.
        var dump = string.Join("\n", "Man pleads guilty to threatening to kill Rep. Ilhan Omar", "", "By Phil Helsel", "",
            "A New York man pleaded guilty on Monday to charges that he threatened to kill Rep. Ilhan Omar, federal prosecutors said.", "",
            "Patrick W. Carlineo Jr., 55, faces up to 10 years in prison when he is sentenced, the U.S. Attorney's Office said on Monday.", "",
            "Carlineo is a convicted felon and possessed a loaded handgun, three rifles and two shotguns at his home, prosecutors said.", "",
            "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case highlights that rights carry responsibilities.", "",
            "Phil Helsel is a reporter for NBC News.", "",
            "Get breaking news and the latest updates on the election, the courts and more, straight to your inbox every morning.");
        var result = new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(dump), "nbc.txt", "text/plain", null)).Result!;
        var article = Assert.Single(result.Articles);
        Assert.Equal(["Phil Helsel"], article.Authors);
        Assert.EndsWith("said the case highlights that rights carry responsibilities.", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text == "Phil Helsel is a reporter for NBC News.");
    }

    [Fact]
    public void A_paragraph_naming_the_writer_early_in_the_body_stays()
    {
        var dump = string.Join("\n", "Reporter recalls the flood", "", "By Phil Helsel", "",
            "Phil Helsel drove to the river on Monday morning and found the bridge already under water. The road was closed by noon.", "",
            "Patrick W. Carlineo Jr., 55, faces up to 10 years in prison when he is sentenced, the U.S. Attorney's Office said on Monday.", "",
            "Carlineo is a convicted felon and possessed a loaded handgun, three rifles and two shotguns at his home, prosecutors said.", "",
            "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case highlights that rights carry responsibilities.");
        var article = Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(dump), "flood.txt", "text/plain", null)).Result!.Articles);
        Assert.StartsWith("Phil Helsel drove to the river", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("rights carry responsibilities.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_cut_after_each_run_of_closers()
    {
        var blocks = new NavigationDetector(Patterns).Apply(new SyndicationLineDetector(Patterns).Apply(new AdSlotClassifier(Patterns).Apply(Page(
            "US, Russia discuss Syria ceasefire", "", Paragraph, "", "Source: Reuters", "", "Read more", "", "Advertisements", "",
            "US, Russia must agree on Syria: UN envoy", "", Paragraph, "", "Source: AFP"))));
        Assert.Equal([new TextSegment(0, 5), new TextSegment(5, 8)], ArticleSplitter.Split(blocks));
    }

    [Fact]
    public void Body_region_skips_the_menu_and_keeps_a_subheading_between_paragraphs()
    {
        var blocks = Page("• Home", "• World", "Sections", "Search", "", Paragraph, "", "Open-ended agreement", "", Paragraph + " More.", "", "Privacy", "Terms");
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(4, 6), region);
    }

    [Fact]
    public void Related_heading_ends_a_substantial_body_even_before_more_prose()
    {
        var body = Enumerable.Range(1, 8).Select(i => $"{Paragraph} Paragraph {i}.");
        var teasers = Enumerable.Range(1, 12).Select(i => $"{Paragraph} Teaser {i}.");
        var blocks = Page([.. body, "More Blog Stories", .. teasers]);
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(0, 7), region);
    }

    [Fact]
    public void Related_label_naming_one_title_with_the_story_going_on_under_it_is_an_inline_teaser_not_the_end()
    {
        // As in the w3m dump of AEB page 4219d096 (a recipe blog): the teaser sits between rules, the recipe goes on after a subheading.
        var body = Enumerable.Range(1, 8).Select(i => $"{Paragraph} Paragraph {i}.");
        var blocks = Page([.. body, "━━━━━━━━━━", "Related post: Pickled Brussels Sprouts Recipe", "━━━━━━━━━━", "WHAT YOU NEED TO MAKE JAM", .. body]);
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(0, blocks.Count - 1), region);
    }

    [Fact]
    public void A_box_of_teaser_headlines_under_a_bare_related_label_inside_the_story_does_not_end_it()
    {
        // As in the w3m dump of AEB page 8b194530 (The Sun): "Most read in world news", pictured headlines under their kickers, then the story goes on.
        var blocks = Page([.. Paragraphs(1, 8), .. SunBox, .. Paragraphs(9, 5)]);

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(0, blocks.Count - 1), region);
    }

    [Theory]
    [InlineData("Top Rated Comments")]
    [InlineData("More stories")]
    public void A_related_label_still_ends_the_story_when_comments_or_another_label_come_before_more_prose(string line)
    {
        // MacRumors' "Top Rated Comments" (aeb-text 232a43fb): the prose after it is the readers', not the story's.
        var blocks = Page([.. Paragraphs(1, 8), "Most read in world news", "Andrew parties in unearthed pics despite claiming he avoids PDAs", line, .. Paragraphs(9, 5)]);

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(0, 7), region);
    }

    [Fact]
    public void Numbered_teasers_with_their_excerpts_under_a_related_label_are_no_story_going_on()
    {
        // CNBC's related list (aeb-text ffc109d4): "1. <picture caption><headline>" entries, each as long as a paragraph.
        var blocks = Page([.. Paragraphs(1, 8), "Related", "[COTY]",
            "1. A General Motors assembly worker works on assembling a V6 engine, used in a variety of GM cars, at the plant in Flint.",
            "2. A Kylie Jenner cosmetics display in an Ulta store in New York. One of the top-performing beauty stocks could surge after the deal.",
            "3. Close-up of a circuit board with electronic components. Here's where two traders say to invest with the stock market at record highs."]);

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(0, 7), region);
    }

    [Fact]
    public void The_suns_story_goes_on_past_its_most_read_box_and_the_boxs_headlines_are_related_links()
    {
        var article = CleanDump("8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50");

        Assert.Contains("American, Dutch, German, Swedish, Swiss, and South Korean tourists were marooned in Uglii as a result.", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("Nowadays, plague is easily treated with antibiotics.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RANDY ANDY", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Conspiracy theorists", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Related && r.Text == "Most read in world news");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Related && r.Text.StartsWith("Andrew parties in unearthed pics", StringComparison.Ordinal));
    }

    [Theory]
    // Digg: "Want more stories like this?" over its newsletter box and a column of teasers.
    [InlineData("680c2848", "You might be surprised.", "Want more stories like this?")]
    // Healthline: "Read this next" over teasers with their excerpts and reviewers.
    [InlineData("e593d7fe", "the right treatment plan and healthy lifestyle modifications.", "Read this next")]
    // Smithsonian: "Like this article?" over its sign-up box, the writer's bio and "We Recommend" videos.
    [InlineData("ea25dd7e", "and to avoid contact with rodents.", "Like this article?")]
    // comwrap's blog: the writer's box: its picture ("Foto von Moritz Bachmann"), "Über Moritz Bachmann", then his bio.
    [InlineData("57b4dafd", "für nachhaltige Kostenersparnisse im Gesundheitssektor.", "Moritz Bachmann")]
    // A parenting blog: "Sobre Carlos Nadalim", his name again, then "Pai de Francesco e Teresa …".
    [InlineData("23aaecd1", "Obrigado por compartilhar nosso conteúdo!", "Carlos Nadalim")]
    public void A_closing_appeal_a_next_read_label_or_the_writers_box_ends_the_story(string id, string storyWords, string trailer)
    {
        var article = CleanDump(id);

        Assert.Contains(storyWords, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(trailer, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The Guardian: the dek over the stamp ("The authorities’ repression has only fuelled the crisis. …", then "Mon 18 Nov 2019 18.54 GMT Last modified on …").
    [InlineData("5fa3154e", "Hong Kong is burning.", "The authorities’ repression has only fuelled the crisis.")]
    // USA Today: a headline set as a question and the writers' names over "Published 10:02 AM EST Nov 19, 2019".
    [InlineData("776a1c04", "SIOUX FALLS, S.D. – People across the nation", "Lisa Kaczke and Trevor J. Mitchell")]
    public void Lines_over_a_stamp_at_the_top_of_the_bodys_run_are_the_head_not_the_storys_opening(string id, string opening, string head)
    {
        var article = CleanDump(id);

        Assert.StartsWith(opening, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(head, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4219d096", "1 tsp cinnamon")] // a recipe's ingredients
    [InlineData("57b4dafd", "in § 68 SGB V - elektronische Gesundheitsakte")] // the laws a sentence ending in a colon introduces
    [InlineData("ff0f958a", "любые свежие грибы")] // foods a diet allows
    [InlineData("4648a420", "A: Trip to Disney World")] // an interview's short answers after "Ok, now for a little fun."
    public void The_short_items_of_the_storys_own_lists_and_an_interviews_short_answers_stay_in_its_text(string id, string item) =>
        Assert.Contains("\n" + item + "\n", CleanDump(id).Text, StringComparison.Ordinal);

    [Fact]
    public void A_subheading_about_something_else_in_the_storys_last_third_does_not_end_it()
    {
        var text = string.Join("\n\n", ["Maps for everyone", .. Paragraphs(1, 6), "About Google Maps", .. Paragraphs(7, 2)]);
        var article = Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(text), "dump.txt", "text/plain", null)).Result!.Articles);

        Assert.Contains(Paragraphs(8, 1).Single(), article.Text, StringComparison.Ordinal);
    }

    private static readonly string[] SunBox =
    [
        "Most read in world news", "[gif]", "RANDY ANDY", "Andrew parties in unearthed pics despite claiming 'he avoids PDAs & can't sweat'",
        "[gif]", "TIME TRAVELLER", "Conspiracy theorists say they've spotted Greta Thunberg in 120-year-old pic",
    ];

    private static IEnumerable<string> Paragraphs(int first, int count) => Enumerable.Range(first, count).Select(i => $"{Paragraph} Paragraph {i}.");

    [Theory]
    [InlineData("Você pode gostar...")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("À lire aussi")]
    [InlineData("También te puede interesar")]
    public void Related_heading_in_another_language_ends_a_one_paragraph_post_of_six_score_words(string heading)
    {
        // As in the w3m dump of AEB page b3c19dd5 (a Portuguese quotes site): one paragraph of about 130 words, then teasers of the same shape.
        var post = string.Join(" ", Enumerable.Repeat("Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir com a alma.", 7));
        var teasers = Enumerable.Range(1, 8).Select(i => $"{post} Teaser {i}.");
        var blocks = Page([post, heading, .. teasers]);
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(0, 0), region);
    }

    [Fact]
    public void Short_line_of_a_side_column_printed_between_body_paragraphs_is_no_subheading()
    {
        // As in the w3m dump of AEB page d90bda7e: the right column's labels fall on lines of their own between the body's paragraphs.
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"{Paragraph} Paragraph {i}.").ToList();
        var side = new string(' ', 120) + "Other news in this section";
        var dump = string.Join("\n\n", ["Ceasefire reached in Syria", .. paragraphs[..3], side, "The talks", .. paragraphs[3..]]);

        var article = Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(dump), "post.txt", "text/plain", null)).Result!.Articles);

        Assert.Equal(string.Join("\n\n", [.. paragraphs[..3], "The talks", .. paragraphs[3..]]), article.Text);
        Assert.Contains(article.Removed, r => r.Text == "Other news in this section");
    }

    [Fact]
    public void Short_sentence_between_two_paragraphs_is_a_paragraph_of_the_story_but_a_short_line_after_the_last_is_not()
    {
        // As in the w3m dump of AEB page 291a8bf3 (crn.com): "Cook said the admiration is mutual." between two quotes.
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"{Paragraph} Paragraph {i}.").ToList();
        var dump = string.Join("\n\n", ["Ceasefire reached in Syria", .. paragraphs[..3], "Cook said the admiration is mutual.", .. paragraphs[3..], "Thanks for reading."]);

        var article = Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(dump), "post.txt", "text/plain", null)).Result!.Articles);

        Assert.Equal(string.Join("\n\n", [.. paragraphs[..3], "Cook said the admiration is mutual.", .. paragraphs[3..]]), article.Text);
    }

    [Fact]
    public void Inline_teaser_inside_the_body_leaves_the_text_as_a_related_link()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"{Paragraph} Paragraph {i}.").ToList();
        var dump = string.Join("\n\n", ["Ceasefire reached in Syria", .. paragraphs[..3], "Related post: Pickled Brussels Sprouts Recipe", .. paragraphs[3..]]);

        var article = Assert.Single(new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(dump), "post.txt", "text/plain", null)).Result!.Articles);

        Assert.Equal(string.Join("\n\n", paragraphs), article.Text);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Related && r.Text == "Related post: Pickled Brussels Sprouts Recipe");
    }

    [Fact]
    public void Related_label_naming_one_title_over_tags_and_comments_still_ends_the_body()
    {
        // As in the w3m dump of AEB page 232a43fb (macrumors.com): tags, a guide link and the comment count follow, then the comments.
        var body = Enumerable.Range(1, 8).Select(i => $"{Paragraph} Paragraph {i}.");
        var comments = Enumerable.Range(1, 12).Select(i => $"{Paragraph} Comment {i}.");
        var blocks = Page([.. body, "Related Roundup: MacBook Pro", "Tag: digitimes.com", "Buyer's Guide: MacBook Pro (Buy Now)", "[ 167 comments ]", "Top Rated Comments", .. comments]);
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(0, 7), region);
    }

    [Fact]
    public void Lines_a_sentence_closed_by_a_colon_introduces_are_the_articles_list_but_a_menu_label_introduces_nothing()
    {
        // As in the w3m dump of AEB page 9cb8224b (billboard.com): thirty tour dates printed under the line that announces them.
        var body = Enumerable.Range(1, 4).Select(i => $"{Paragraph} Paragraph {i}.").ToArray();
        var dates = new[] { "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL", "June 17 -- Bridgestone Arena, Nashville, TN", "June 19 -- PNC Music Pavilion, Charlotte, NC" };
        var listed = TextBlockReader.Read(string.Join("\n", [.. body.SelectMany(p => new[] { p, "" }), "The Doobie Brothers 50th Anniversary Tour 2020 dates:", .. dates, "", "Subscribe to Billboard", "", "Customer Service"]));
        Assert.Equal(new MainTextRegion(0, 8), new MainTextSelector(Patterns).Select(listed, new TextSegment(0, listed.Count)));

        var menu = TextBlockReader.Read(string.Join("\n", [.. body.SelectMany(p => new[] { p, "" }), "Sections:", "World", "Business", "Sport", "Culture"]));
        Assert.Equal(new MainTextRegion(0, 3), new MainTextSelector(Patterns).Select(menu, new TextSegment(0, menu.Count)));
    }

    [Fact]
    public void Indented_teaser_box_after_the_body_is_not_body()
    {
        var teaser = "        Our family always celebrates anniversaries, but not this week. A year ago Tuesday, our father was arrested in Tokyo.";
        var blocks = TextBlockReader.Read(string.Join("\n", Paragraph, "", Paragraph + " Again.", "", "        Carlos Ghosn and the dark side of Japanese justice", "", teaser, "", teaser + " Twice.", "", teaser + " Thrice."));
        Assert.Equal(8, blocks[4].Indent);
        Assert.Equal(new MainTextRegion(0, 1), new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count)));
    }

    [Fact]
    public void Rows_of_a_table_are_read_as_cells_apart_by_two_spaces_or_more()
    {
        var blocks = TextBlockReader.Read("1     Kyle Busch                 5040         5      1\nKyle Busch won the title.\n\tTab\tseparated\tcells");
        Assert.Equal([5, 1, 3], blocks.Select(b => b.Cells).ToArray());
    }

    [Fact]
    public void A_standings_table_under_a_short_intro_is_in_the_body_however_much_prose_follows()
    {
        // Trimmed from the w3m dump of AEB page 11ea381a (autoracing.com.br): the page is two lines of intro and a 40-row table; the
        // sidebar's teasers are prose, and the rows, short lines without a sentence, used to weigh against the body until the teasers alone won.
        var rows = Enumerable.Range(1, 12).Select(i => $"{i,-6}Driver Number{i,-12}{5100 - (i * 40),6}{i % 3,10}{i % 2,7}");
        var sidebar = Enumerable.Range(1, 3).Select(i => $"Click the picture above to see how the drivers rank this season after the Brazilian Grand Prix, part {i}.");
        var blocks = TextBlockReader.Read(string.Join("\n\n", [
            "This page always has the up-to-date NASCAR standings after the last race!",
            "Pos.  Driver                  Points   Wins  Poles",
            .. rows, "www.autoracing.com.br", .. sidebar]));
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(0, region?.First);
        Assert.True(region?.Last >= 13, $"the table ends at line 13, the region at {region?.Last}");
    }

    // A sidebar tag cloud as w3m prints it (aeb-text f6ac15a4): 111 words on one line without a single sentence mark.
    private const string TagCloud = "adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar biblioteca caminhada campanha capacitacao "
        + "capacitação carnaval civil cmdca comunicado comunicação concreto concurso conselheiros conselho contação cultura curso cursos dança defesa civil "
        + "dia edital educacao empossados encerramento enchentes entrega entulho escola espaços esportivos evento eventos exposição facultativo feira festa "
        + "fgts fme forum fujama habitacao horário idosos inauguracao infantil instituto interdição iptu jaragua jaraguá jiti jourdan juventude literatura "
        + "livro livros luzes meio ambiente mobilidade mulher municipal museu natal nudec obra obras palestra pavilhão pesquisa ponte posse posto procon "
        + "programação projeto projetos rau recapeamento reciclagem reforma rendimento rua samae saude schützenfest sedef sem semag semana seminario "
        + "silvana social treinamento trânsito turismo urbanismo vacina visita";

    private const string PortugueseBody = "A equipe do Serviço de Atendimento Domiciliar (SAD), do bairro Amizade, registrou nesta manhã o arrombamento de dois "
        + "dos cinco automóveis da unidade. Os veículos estavam sem as respectivas baterias e com marcas de depredação. Foi feito boletim de ocorrência "
        + "e a polícia foi até o local para verificar os danos nos veículos.";

    [Fact]
    public void Long_line_without_any_sentence_mark_is_not_prose()
    {
        var minWords = Patterns.Rules.ProseMinWords;
        Assert.False(LineShape.IsProse(TagCloud, minWords));
        Assert.True(LineShape.IsProse(PortugueseBody, minWords));
        // Shorter unpunctuated lines (a caption, a bullet point) still read as prose.
        Assert.True(LineShape.IsProse("Danced along to the cheerful beat, this is a creative Korean dance where you can feel the beauty of Korea and Korean tunes", minWords));
    }

    [Fact]
    public void Body_region_is_the_article_not_a_longer_tag_cloud_above_it()
    {
        var blocks = Page("Categorias", "[Selecione     ]", "    Tags", TagCloud, "    Arquivos", "  • 2019", "      □ Novembro (113)",
            "Atendimento Domiciliar registra arrombamento em veículos", "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", "",
            PortugueseBody, " ", "Facebook Twitter Google+ Whatsapp", "Voltar");
        Assert.Equal(new MainTextRegion(9, 9), new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count)));
    }

    [Fact]
    public void A_short_story_under_the_pages_byline_is_the_body_not_a_longer_notice_further_down()
    {
        // As in the w3m dump of AEB page e372e42c (JPost): a two-paragraph breaking story, a teaser list, then a customer-service notice.
        string[] story = [StoryOpening, StoryClose];
        var blocks = new BylineDetector(Patterns).Apply(Page([Headline, "By JERUSALEM POST STAFF", "NOVEMBER 20, 2019 10:43", .. story, .. TeasersAndNotice]));

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(3, 4), region);
    }

    [Fact]
    public void Without_a_byline_over_it_a_short_story_loses_to_the_longer_block_of_prose()
    {
        var blocks = new BylineDetector(Patterns).Apply(Page([Headline, "NOVEMBER 20, 2019 10:43", StoryOpening, StoryClose, .. TeasersAndNotice]));

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(blocks.Count - 1, blocks.Count - 1), region);
    }

    [Fact]
    public void A_dek_under_the_byline_does_not_draw_the_date_and_caption_lines_into_the_body()
    {
        // As in the w3m dump of AEB page 851498a2 (Slate): byline, dek, date, a picture's alt text and credit, then the story.
        var blocks = new BylineDetector(Patterns).Apply(Page([
            "The Dragon Waiting", "By Isaac Butler", "I wanted to learn why a beloved science fiction writer fell into obscurity after his death. I didn't expect to help.",
            "Nov 15, 2019 5:45 AM", "John M. Ford in 1987.", "Photo illustration by Slate.", .. Paragraphs(1, 6)]));

        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));

        Assert.Equal(new MainTextRegion(6, blocks.Count - 1), region);
    }

    [Fact]
    public void The_jerusalem_posts_breaking_story_is_its_two_paragraphs_not_its_customer_service_notice()
    {
        var article = CleanDump("e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090");

        Assert.StartsWith("The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker was stabbed to death", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("Police arrested a 57-year-old man suspect of committing the assassination.", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    private const string Headline = "Son of former German president stabbed to death in Berlin";
    private const string StoryOpening = "The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker was stabbed to death, while another man was critically injured in an attempt to stop the assailant, Kan reported on Wednesday.";
    private const string StoryClose = "The stabbing occurred during a presentation led by von Weizsäcker at the Schlosspark-Klinik in Berlin, where he worked as a chief physician.";

    private static readonly string[] TeasersAndNotice =
    [
        "Liberman: Both parties are to blame for lack of unity government", "  • By JERUSALEM POST STAFF", "  • 11/20/2019 01:14 PM",
        "Russia: Israeli strikes on Syria wrong move", "  • By REUTERS", "  • 11/20/2019 10:08 AM",
        "Subscribe for our daily newsletter", "About Us", "Feedback", "Staff E-mails",
        "The Jerusalem Post Customer Service Center can be contacted with any questions or requests, by telephone or by e-mail. The center is staffed and provides answers on Sundays through Thursdays between 07:00 and 14:00, and on Fridays it only handles distribution requests between 7:00 and 13:00. For international customers the center is staffed and provides answers on Sundays through Thursdays between 7AM and 6PM.",
    ];

    [Fact]
    public void Source_part_of_a_byline_is_an_agency_check_never_a_person()
    {
        var reader = new BylineReader(Patterns, new BylineParser(RuleSet.Embedded.Metadata));
        var byline = reader.Read("Reporting by: Wladimir van Wilgenburg | Source: ARA News");
        Assert.Equal(["Wladimir van Wilgenburg"], byline.Authors);
        Assert.Empty(byline.Agencies);
        Assert.Equal(["AFP"], reader.Read("by AFP").Agencies);
    }
}
