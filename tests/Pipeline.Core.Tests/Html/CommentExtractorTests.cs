using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class CommentExtractorTests
{
    [Fact]
    public void Reader_comments_become_comments_with_author_date_and_text_and_leave_the_body()
    {
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <section id="comments">
              <ol>
                <li class="comment"><span class="comment-author">Anna</span><time datetime="2024-03-02T10:00:00Z">2 March</time><p>Great piece.</p></li>
                <li class="comment"><span class="comment-author">Ben</span><time datetime="2024-03-03">3 March</time><p>I disagree.</p><p>Strongly.</p></li>
              </ol>
            </section>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal(
            [new Comment("Anna", "2024-03-02T10:00:00Z", "Great piece."), new Comment("Ben", "2024-03-03", "I disagree.\n\nStrongly.")],
            comments);
        Assert.True(pruned.IsRemoved(body.QuerySelector("#comments")!));
        Assert.Equal(RemovalReasons.Comments, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void The_sites_latest_comments_widget_is_removed_as_related_and_lists_no_comment_of_this_article()
    {
        // WordPress's "Neueste Kommentare" widget (59 of the dataset pages): "Jane bei <another post>" for each of the latest comments.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <aside class="widget widget_recent_comments"><h2>Neueste Kommentare</h2><ul id="recentcomments">
              <li class="recentcomments"><span class="comment-author-link">Tim</span> bei <a href="/jovelbuch">JOVELBUCH</a></li>
              <li class="recentcomments"><span class="comment-author-link">Lara</span> bei <a href="/stoerung">Die psychische Störung sui generis</a></li>
            </ul></aside>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Empty(comments);
        Assert.Equal(RemovalReasons.Related, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void A_comment_section_whose_items_are_links_to_other_pages_is_removed_as_related_and_lists_no_comment()
    {
        // carnegieendowment.org (htmldate 1487058344): the centres' mega menu, id "respondMenu"; pcmag.com (trafilatura): "more reviews",
        // product names under a "reviews" list; spontis.de: a latest-comments item its theme classes "recentcomment".
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <div id="respondMenu" class="mega-menu-wrap"><ul class="nav-block">
              <li class="secondary beijing"><ul><li><a href="/beijing">Beijing</a></li><li><a href="/beijing/issues">Home 中文 Issues 主题</a></li></ul></li>
              <li class="secondary beirut"><ul><li><a href="/beirut">Beirut</a></li><li><a href="/beirut/issues">Home عربي Issues</a></li></ul></li>
            </ul></div>
            <ul id="more-reviews" class="list-none"><li><a href="/samsung-870-qvo">Samsung SSD 870 QVO</a></li><li><a href="/lacie-rugged">LaCie Rugged SSD Pro</a></li></ul>
            <ul><li class="recentcomment"><strong><a class="recenttitle" href="/gothic-shoe-company/">Gothic Shoe Company vor dem Aus?</a></strong><ul>
              <li class="recent-comment"><a href="/gothic-shoe-company/#comment-58651"><strong>Imago Maeror</strong></a>: <a href="/gothic-shoe-company/#comment-58651">Hmmm, wo hast du die denn gefunden? Ich suche auch verzweifelt nach Pikes.</a></li>
            </ul></li></ul>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Empty(comments);
        Assert.Equal([RemovalReasons.Related, RemovalReasons.Related, RemovalReasons.Related], pruned.Audit.Select(r => r.Reason));
    }

    [Fact]
    public void Link_items_among_reader_comments_are_dropped_and_a_short_comment_signed_with_links_stays()
    {
        // hearya.com (trafilatura): a pingback, the title of the page that linked here, among the comments; a WordPress comment links its
        // author's site and its permalink date, so a one-word comment holds more link text than words of its own. autohaus.de (htmldate):
        // the site's footer links fall inside the comment section left unclosed and do not make it a list of links.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <section id="comments"><ol>
              <li class="comment"><span class="comment-author"><a href="https://example.org">Leo</a></span><a href="#comment-1"><time datetime="2015-07-23T15:20">July 23, 2015 at 3:20 pm</time></a><p>Nice!</p><a class="comment-reply-link" href="#respond">Reply</a></li>
              <li class="pingback"><a href="https://latinpost.example/ozzy">Ozzy Osbourne Travels to Cuba to Enrich Knowledge – Latin Post</a></li>
              <li class="comment"><span class="comment-author">Markus</span><time datetime="2022-02-04">4 Feb</time><p>Es ist völlig logisch, dass Frau Müller so argumentieren muss.</p></li>
            </ol>
            <ul class="footer-links"><li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul>
            </section>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal(
            [new Comment("Leo", "2015-07-23T15:20", "Nice!"), new Comment("Markus", "2022-02-04", "Es ist völlig logisch, dass Frau Müller so argumentieren muss.")],
            comments);
        Assert.Equal(RemovalReasons.Comments, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void The_sections_heading_count_notes_rules_pager_and_hidden_dialogs_are_no_comments()
    {
        // helge.at (trafilatura): the thread's heading "1 reply on …"; derpapierplanet.de: the form's consent note beside it; sputniknews
        // (aeb): the comment rules in a modal; independent.co.uk: a hidden confirmation dialog; zeit.de: the pager, and a reply box
        // template in a script.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments" class="comments-wrapper">
              <h2 class="comment-reply-title">1 reply on “Warum Wien zu blöd für eine staufreie Mahü ist”</h2>
              <ol><li class="comment"><span class="comment-author">Hans</span><time datetime="2019-08-02">2 Aug</time><p>Wien ist nicht zu blöd, nur zu langsam.</p></li></ol>
              <div class="comment-form">Mit dem von dir abgeschickten Kommentar akzeptierst du, dass deine Daten gespeichert werden.</div>
              <div class="modal-window window-comments-rules"><div class="rules"><ul><li>does not correspond with the subject of the post;</li><li>contains spam, advertises spamming and promotes get-rich-quick schemes;</li></ul></div></div>
              <div class="comment-delete hide"><p>Are you sure you want to delete this comment?</p></div>
              <div class="comment-section__item"><nav class="pager"><a href="?page=2">Weitere Kommentare</a> <a href="?page=2">2</a> <a href="?page=3">3</a></nav> Seite 1 von 35</div>
              <script type="text/template" class="comment-template"><p>Bitte melden Sie sich an, um diesen Kommentar zu melden.</p></script>
            </div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal([new Comment("Hans", "2019-08-02", "Wien ist nicht zu blöd, nur zu langsam.")], comments);
    }

    [Fact]
    public void A_comment_holding_a_form_of_buttons_is_a_comment_and_a_form_of_fields_is_not()
    {
        // zeit.de (trafilatura): "Empfehlen" and "Melden" are buttons of a form under every comment; a WordPress theme's reply fields
        // ("Name (erforderlich)", "E-Mail") sit in an item of their own.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <section id="comments">
              <article class="comment"><span class="comment__name">TWhao</span><div class="comment__body"><p>Wer will ständig zu spät kommen?</p></div>
                <form action="/empfehlen"><button>Empfehlen</button><button>Melden</button></form></article>
              <li class="comment"><p class="comment-author">Name (erforderlich)</p><p>E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)</p><input type="text" name="email"></li>
            </section>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal([new Comment("TWhao", null, "Wer will ständig zu spät kommen?")], comments);
    }

    [Theory]
    // pixnet (readability): "latest-comment", one word short of the plural; aerobuzz.de (trafilatura): the site menu's "menu_comments", each
    // a reader's words cut short over another post's title; eatwhattonight.com: "most commented" recipes.
    [InlineData("latest-comment hslice box", "01/19 版主回覆： Terry 晚安: 今年的賞梅因月花期較晚，所以我們還在等待。")]
    [InlineData("menu menu_comments", "Sehr geehrter Herr Thomalla, die Uniplanes GmbH hatte den F... Dornier Seawings übernimmt den Flywhale")]
    [InlineData("wpzoom-most-commented tabbertab", "Old School Butter & Sugar Pull Apart Bread 牛油砂糖面包 40 comments")]
    public void A_box_of_comments_on_other_posts_lists_no_comment_of_this_article(string classes, string excerpt)
    {
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <div class="{classes}"><ul><li class="comment">{excerpt}</li><li class="comment">{excerpt} (2)</li></ul></div>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Empty(comments);
        Assert.Equal(RemovalReasons.Related, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void A_footer_box_of_current_comments_on_other_posts_lists_no_comment_of_this_article()
    {
        // ostbelgiendirekt.be: "Aktuelle Kommentare" in the footer, each "date - time von NAME zu" and a link to another post's comment.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <section class="box-item box-aktuelle-kommentare"><h3>Aktuelle Kommentare</h3><ul id="dynamic-comments">
              <li class="comment-footer-item"><div class="comment-footer-item-meta">06.11.23 - 14:00 von Krisenmanagement zu</div>
              <div class="comment-footer-item-link"><a href="/ploetzlicher-kindstod-366888#comment-451455">Plötzlicher Kindstod: Bilder auf Windelpackungen irreführend</a></div></li>
            </ul></section>
            """);

        Assert.Empty(new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap()));
    }

    [Fact]
    public void A_comment_section_that_marks_no_items_is_read_by_its_commenters_header_lines()
    {
        // wolfgangmichal.de and samples/library-reopens.html: a header paragraph per commenter, then the comment's paragraphs.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <section class="comments"><h3>2 comments</h3>
              <p>Tom Reed May 14, 2024 - 10:02 am</p><p>Great news for the students.</p>
              <p>Ana Ruiz on May 15, 2024 at 8:15 pm said:</p><p>About time.</p><p>The old hours were too short.</p>
            </section>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(
            [new Comment("Tom Reed May 14, 2024 - 10:02 am", null, "Great news for the students."), new Comment("Ana Ruiz on May 15, 2024 at 8:15 pm said:", null, "About time.\n\nThe old hours were too short.")],
            comments);
    }

    [Fact]
    public void Customer_reviews_under_a_product_page_are_reader_comments()
    {
        // As on happycoffee.org (Judge.me widget) and lavazza.de (trafilatura dataset): shoppers' reviews are the shop's reader comments.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <div class="jdgm-rev-widg__reviews"><div class="jdgm-rev"><p>Der Kaffe duftet herrlich, wenn man die Tüte aufmacht.</p></div></div>
            """);
        var pruned = new PruneMap();

        new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.True(pruned.IsRemoved(body.QuerySelector(".jdgm-rev-widg__reviews")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("article")!));
    }

    [Fact]
    public void Script_in_a_comment_section_is_neither_a_comment_nor_part_of_one()
    {
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p></article>
            <section id="comments">
              <ol>
                <li class="comment"><span class="comment-author">Anna<script>badge()</script></span>Great piece.<script>$(document).ready(vote);</script></li>
                <li class="comment"><script>BLOG_CMT_createIframe('https://example.org/rpc_relay.html');</script></li>
              </ol>
            </section>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal([new Comment("Anna", null, "AnnaGreat piece.")], comments);
    }

    [Fact]
    public void Commentary_article_is_not_taken_for_a_comment_section()
    {
        var body = HtmlTestDocuments.Body($"<div class=\"commentary article\"><p>{HtmlTestDocuments.Paragraph("Opinion")}</p></div>");
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Empty(comments);
        Assert.Equal(0, pruned.Count);
    }

    [Fact]
    public void A_discussion_longer_than_the_article_leaves_the_body_when_the_article_is_elsewhere()
    {
        // As on taz.de (trafilatura dataset): the reader forum below a commentary holds most of the page's prose.
        var article = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Article {i}")}</p>"));
        var forum = string.Concat(Enumerable.Range(1, 50).Select(i => $"<li class=\"member\"><p>{HtmlTestDocuments.Paragraph($"Reader {i}")}</p></li>"));
        var body = HtmlTestDocuments.Body($"<div class=\"sectbody\">{article}</div><div class=\"sect_commentlinks\"><ul>{forum}</ul></div>");
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal(50, comments.Count);
        Assert.True(pruned.IsRemoved(body.QuerySelector(".sect_commentlinks")!));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector(".sectbody")!));
    }

    [Fact]
    public void German_kommentare_section_is_a_comment_section()
    {
        // As on kyffhaeuser-nachrichten.de and nnz-online.de (trafilatura dataset).
        var article = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Artikel {i}")}</p>"));
        var body = HtmlTestDocuments.Body($"<div id=\"content\"><div class=\"news_lang_text\">{article}</div><div class=\"kommentare\"><div class=\"kommentar-item\"><div class=\"kommentar-text\">So isses halt.</div></div></div></div>");
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal("So isses halt.", Assert.Single(comments).Text);
        Assert.True(pruned.IsRemoved(body.QuerySelector(".kommentare")!));
    }

    [Fact]
    public void Comments_under_a_short_article_are_read_one_by_one_when_the_discussion_is_too_long_to_remove_whole()
    {
        // A news brief under a long thread: the thread holds most of the page's prose, so each comment is removed on its own.
        var thread = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"comment\"><span class=\"comment-author\">Reader {i}</span><p>{HtmlTestDocuments.Paragraph($"Opinion {i}")}</p></div>"));
        var body = HtmlTestDocuments.Body($"<article><p>{HtmlTestDocuments.Paragraph("Brief")}</p></article><div id=\"comments\"><h3 class=\"comments-title\">6 comments</h3>{thread}</div>");
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"Reader {i}"), comments.Select(c => c.Author));
        Assert.Equal(HtmlTestDocuments.Paragraph("Opinion 1"), comments[0].Text);
        Assert.All(body.QuerySelectorAll(".comment"), c => Assert.True(pruned.IsRemoved(c)));
        Assert.False(pruned.IsInsideRemoved(body.QuerySelector("article")!));
    }

    [Fact]
    public void Replies_nested_in_a_comment_are_comments_of_their_own()
    {
        // WordPress threads: a reply's <li class="comment"> sits in its parent's <li>; read whole, the parent swallowed every reply.
        static string Item(string author, string text, string replies = "") =>
            $"<li class=\"comment\"><article class=\"comment-body\"><div class=\"comment-author\">{author}</div><div class=\"comment-content\"><p>{text}</p></div></article>{replies}</li>";
        var replies = $"<ul class=\"children\">{Item("Pamela", "Thanks so much for stopping by to read this long article.")}{Item("Jan", "I am a guy in his seventies who has had two financial disasters.")}</ul>";
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><ol class="commentlist">{Item("Gaye", "You are awesome!", replies)}</ol></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(
            [new Comment("Gaye", null, "You are awesome!"), new Comment("Pamela", null, "Thanks so much for stopping by to read this long article."),
             new Comment("Jan", null, "I am a guy in his seventies who has had two financial disasters.")],
            comments);
    }

    [Fact]
    public void A_comment_holding_one_reply_is_read_as_its_own_words_and_the_reply()
    {
        // comoeducarseusfilhos.com.br (aeb): one reply in <ol class="children">, classed "comment odd alt depth-2" under "comment even
        // depth-1"; flawlessfood.co.uk: the parent's words not wrapped in an element of their own.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><ol class="comment-list">
              <li class="comment even thread-even depth-1"><article><cite class="comment-author">Karol</cite><div class="comment-content"><p>Olá; qual o nome dessa loja? Obrigada!</p></div></article>
                <ol class="children"><li class="comment odd alt depth-2"><article><cite class="comment-author">Lilian</cite><div class="comment-content"><p>Karol, acredito que seja a loja Lakeshore Learning.</p></div></article></li></ol></li>
              <li class="comment even thread-odd depth-1"><span class="comment-author">Jenny</span><p>That’s an incredible bread, I love it so much.</p>
                <ul class="children"><li class="comment byuser depth-2"><span class="comment-author">Kay</span><p>Great to hear, Jenny! Thank you for writing.</p></li></ul></li>
            </ol></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(
            [new Comment("Karol", null, "Olá; qual o nome dessa loja? Obrigada!"), new Comment("Lilian", null, "Karol, acredito que seja a loja Lakeshore Learning."),
             new Comment("Jenny", null, "That’s an incredible bread, I love it so much."), new Comment("Kay", null, "Great to hear, Jenny! Thank you for writing.")],
            comments);
    }

    [Fact]
    public void A_threads_wrapper_around_each_comments_replies_is_no_comment_of_its_own()
    {
        // Blogger (derpapierplanet.de): "comment-thread toplevel-thread" holds the comments, each with a "comment-thread inline-thread" of
        // replies; happyface313.com: the theme's "comment-author vcard" holds only the avatar, the name is in "author".
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comment-holder"><div class="comment-thread toplevel-thread"><ol>
              <li class="comment"><div class="comment-block"><cite class="user">Sana</cite><p class="comment-content">Huhu Sanne, interessanter Post! Ich kannte das Genre noch nicht.</p></div>
                <div class="comment-replies"><div class="comment-thread inline-thread"><ol><li class="comment"><div class="comment-block"><cite class="user">Sanne</cite><p class="comment-content">Danke dir, liebe Sana, für deinen Besuch!</p></div></li></ol></div></div></li>
              <li class="comment"><div class="comment-block"><div class="comment-author vcard"><img src="a.png" alt=""></div><span class="author">Dana</span><p class="comment-content">Die Atmosphäre hört sich wirklich toll an, ich lese es bestimmt.</p></div>
                <div class="comment-replies"><div class="comment-thread inline-thread"><ol></ol></div></div></li>
            </ol></div></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(
            [new Comment("Sana", null, "Huhu Sanne, interessanter Post! Ich kannte das Genre noch nicht."), new Comment("Sanne", null, "Danke dir, liebe Sana, für deinen Besuch!"),
             new Comment("Dana", null, "Die Atmosphäre hört sich wirklich toll an, ich lese es bestimmt.")],
            comments);
    }

    [Fact]
    public void A_message_set_without_paragraphs_is_the_comment_not_the_header_paragraphs_beside_it()
    {
        // mtb-news.de (trafilatura): the name, "dabei seit 12/2006" and "Fotos Videos" are paragraphs of the author box; the message is
        // the text of "mtbnewsCommentMessage", set without paragraphs.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><ol class="mtbnewsCommentList">
              <li class="mtbnewsCommentContainer"><div class="mtbnewsCommentInfo"><p class="mtbnewsCommentName">RockyRider66</p><p>dabei seit <strong>12/2006</strong></p><p><a href="/fotos">Fotos</a> <a href="/videos">Videos</a></p></div>
                <div class="mtbnewsCommentMessage">Wo gehört das Logo denn regulär hin? Ich ziehe die Reifen immer so auf, dass es am Ventil steht.</div></li>
            </ol></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal("Wo gehört das Logo denn regulär hin? Ich ziehe die Reifen immer so auf, dass es am Ventil steht.", Assert.Single(comments).Text);
    }

    [Fact]
    public void A_header_item_and_the_body_item_after_it_are_one_comment()
    {
        // hearya.com (trafilatura dataset): <dt class="comment"> holds the name and the time, the <dd class="comment"> after it the text.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><dl id="comment_list">
              <dt class="comment"><span class="comment_author">Leo</span> <span class="comment_time">July 23, 2015 at 3:20 pm</span></dt>
              <dd class="comment"><div class="format_text"><p>Where is Mike Patton? He belongs in the top ten.</p></div></dd>
              <dt class="comment"><span class="comment_author">Jay</span> <span class="comment_time">April 21, 2017 at 7:59 am</span></dt>
              <dd class="comment"><div class="format_text"><p>Great list, though Dio should rank far higher.</p></div></dd>
            </dl></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(
            [new Comment("Leo", "July 23, 2015 at 3:20 pm", "Where is Mike Patton? He belongs in the top ten."), new Comment("Jay", "April 21, 2017 at 7:59 am", "Great list, though Dio should rank far higher.")],
            comments);
    }

    [Fact]
    public void A_comment_without_paragraphs_is_read_from_its_body_element_and_its_title()
    {
        // nnz-online.de and forsal.pl (trafilatura dataset): name, date, title, text and vote counts in one item, no <p>.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div class="kommentare"><div class="kommentar-item"><div class="kommentar-info"><div class="username">Harzer66</div><div class="datum">31.10.2023, 19.18 Uhr</div></div>
              <h5>Ach ja...</h5><div class="kommentar-text">Es gab dieses Jahr echt Regen. So isses halt.</div><div class="vote"><i>4</i><i>2</i></div></div></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal("Ach ja...\n\nEs gab dieses Jahr echt Regen. So isses halt.", Assert.Single(comments).Text);
    }

    [Fact]
    public void The_name_and_the_time_set_in_header_paragraphs_stay_out_of_the_comment_text()
    {
        // elavegan.com and flawlessfood.co.uk (trafilatura dataset): <p class="comment-author"> and <p class="comment-meta"> open each comment.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><ol class="comment-list"><li class="comment"><article><header class="comment-header">
              <p class="comment-author"><span class="comment-author-name">KHEEMAH</span></p>
              <p class="comment-meta"><time class="comment-time">9. February, 2021 at 15:24</time></p></header>
              <div class="comment-content"><p>Made these for my friend and he loved them.</p></div></article></li></ol></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(new Comment("KHEEMAH", "9. February, 2021 at 15:24", "Made these for my friend and he loved them."), Assert.Single(comments));
    }

    [Fact]
    public void A_comment_opening_with_its_header_line_and_no_author_element_takes_the_header_as_its_author()
    {
        // energiezukunft.eu (trafilatura dataset): "<p>Marth 02.12.2022, 15:57:32</p><p>Ich bin …</p>" in an item with no author class.
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <div id="comments"><ul><li class="comment"><p>Marth 02.12.2022, 15:57:32</p><p>Ich bin schon vor Wochen umgestiegen.</p></li></ul></div>
            """);

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns, HtmlTestDocuments.CommentBylines).Extract(body, TextStatistics.Compute(body, null), new PruneMap());

        Assert.Equal(new Comment("Marth 02.12.2022, 15:57:32", null, "Ich bin schon vor Wochen umgestiegen."), Assert.Single(comments));
    }
}
