using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new(RuleSet.Embedded, new CleanerOptions());

    private static Extraction Extract(string html) => Extractor.Extract(HtmlTestDocuments.Decode(html), CancellationToken.None);

    /// <summary>A gzipped dataset page (path under the datasets folder) cleaned as the function would.</summary>
    private static Extraction ExtractDatasetPage(string file)
    {
        var path = Path.Combine(RepositoryPaths.Datasets, file);
        return Extractor.Extract(InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileName(path)[..^3], "text/html", null), new CleanerOptions()), CancellationToken.None);
    }

    [Fact]
    public void Body_is_rendered_in_order_without_headline_byline_date_menus_or_teasers()
    {
        var html = $"""
            <html><head><title>Storm hits the coast | Daily Example</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <main><article>
              <h1>Storm hits the coast</h1>
              <p>By Jane Roe</p>
              <p>March 2, 2024 10:15 am</p>
                <p>{HtmlTestDocuments.Paragraph("First")}</p>
                <h2>What happens next</h2>
                <p>{HtmlTestDocuments.Paragraph("Second")}</p>
                <ul><li>Roads closed until Monday.</li><li>Schools shut.</li></ul>
                <blockquote>{HtmlTestDocuments.Paragraph("Quoted")}</blockquote>
            </article></main>
            <div class="related-stories"><ul><li><a href="/a">Another story with a long enough headline</a></li><li><a href="/b">And one more story headline here</a></li></ul></div>
            </body></html>
            """;

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(
            string.Join("\n\n", HtmlTestDocuments.Paragraph("First"), "What happens next", HtmlTestDocuments.Paragraph("Second"), "Roads closed until Monday.", "Schools shut.", HtmlTestDocuments.Paragraph("Quoted")),
            article.Text);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Title && r.Text == "Storm hits the coast");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text == "By Jane Roe");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Byline && r.Text == "March 2, 2024 10:15 am");
    }

    [Fact]
    public void Exact_duplicate_paragraph_is_dropped_and_audited()
    {
        var p = HtmlTestDocuments.Paragraph("Repeated");
        var html = $"<html><body><article><p>{p}</p><p>{HtmlTestDocuments.Paragraph("Other")}</p><p>{p}</p></article></body></html>";

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(p + "\n\n" + HtmlTestDocuments.Paragraph("Other"), article.Text);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Duplicate);
    }

    [Fact]
    public void Index_page_of_linked_teasers_is_a_listing()
    {
        var teasers = string.Concat(Enumerable.Range(1, 12).Select(i => $"<div class=\"teaser\"><h3><a href=\"/s{i}\">Story number {i} has a headline of some length</a></h3><p>Short summary {i}.</p></div>"));
        var html = $"<html><head><title>News</title></head><body><main>{teasers}</main></body></html>";

        var extraction = Extract(html);

        Assert.Equal(PageKind.Listing, extraction.PageKind);
    }

    [Fact]
    public void Article_page_is_an_article()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Paragraph {i}")}</p>"));

        var extraction = Extract($"<html><body><article>{paragraphs}</article></body></html>");

        Assert.Equal(PageKind.Article, extraction.PageKind);
        Assert.Equal(12, extraction.Articles[0].Text.Split("\n\n").Length);
    }

    [Fact]
    public void Unbalanced_noscript_banner_does_not_swallow_the_page()
    {
        // As on parcoabruzzo.it (trafilatura dataset): "<noscript><div id=mms_nojava></noscript>" opens a div that a
        // later "<noscript></div></noscript>" closes, so the whole page sits inside the noscript; holding most of the page, it is not pruned.
        var html = $"""
            <html><head><title>Orso marsicano</title></head><body><noscript><div id="mms_nojava"></noscript>
            <div id="main"><h1>Orso marsicano</h1><p>{HtmlTestDocuments.Paragraph("Orso")}</p><p>{HtmlTestDocuments.Paragraph("Parco")}</p></div>
            <noscript></div></noscript></body></html>
            """;

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(HtmlTestDocuments.Paragraph("Orso") + "\n\n" + HtmlTestDocuments.Paragraph("Parco"), article.Text);
    }

    [Fact]
    public void Post_shipped_only_inside_noscript_is_the_article_and_a_small_noscript_banner_is_not()
    {
        // As on security.googleblog.com (trafilatura dataset): the post body is rendered by script, its markup kept in a noscript.
        var html = $"""
            <html><head><title>Enhanced Safe Browsing</title></head><body><noscript><p>Please enable JavaScript to view this page.</p></noscript>
            <div class="header-desc">The latest news and insights from Google on security and safety on the Internet</div>
            <div class="post-body"><div class="post-content"><script>render()</script><noscript><p>{HtmlTestDocuments.Paragraph("Threats")}</p><p>{HtmlTestDocuments.Paragraph("Protocol")}</p></noscript></div></div>
            </body></html>
            """;

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(HtmlTestDocuments.Paragraph("Threats") + "\n\n" + HtmlTestDocuments.Paragraph("Protocol"), article.Text);
    }

    private static string Discussion(int posts) => "<div id=\"comments\" class=\"comments\"><ol>"
        + string.Concat(Enumerable.Range(1, posts).Select(i => $"<li class=\"comment\"><span class=\"author\">user{i}</span><p>{HtmlTestDocuments.Paragraph($"Post {i}")}</p></li>"))
        + "</ol></div>";

    [Fact]
    public void Discussion_is_the_content_of_a_page_that_holds_nothing_else_but_crumbs_and_a_log_in_prompt()
    {
        // As on a mactechnews.de forum thread and a sports.fr live ticker (trafilatura dataset): the posts sit in comment-classed blocks, and
        // the sidebar's prose is enough for the first pass to take them out as reader comments.
        var html = $"""
            <html><head><title>kein App Store mehr über Mobile Daten</title></head><body>
            <div class="crumbs">Forum &gt; iPhone &gt; kein App Store mehr über Mobile Daten</div>
            <main>{Discussion(24)}<p>Sie müssen sich einloggen, um mitzudiskutieren.</p></main>
            <div class="sidebar">{string.Concat(Enumerable.Range(1, 14).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Forum rule {i}")}</p>"))}</div></body></html>
            """;

        var extraction = Extract(html);

        var article = Assert.Single(extraction.Articles);
        Assert.Contains(HtmlTestDocuments.Paragraph("Post 1"), article.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlTestDocuments.Paragraph("Post 24"), article.Text, StringComparison.Ordinal);
        Assert.Empty(article.Comments);
    }

    [Fact]
    public void Short_post_above_a_long_comment_thread_keeps_its_comments_apart()
    {
        // As on blog.givewell.org (AEB): an open-thread post of one paragraph, then dozens of comments.
        var post = "Our goal with hosting quarterly open threads is to give blog readers an opportunity to publicly raise comments or questions about our work or related topics. As always, you are also welcome to email us.";
        var html = $"""
            <html><head><title>Open thread</title></head><body><article><h1>Open thread</h1><div class="entry"><p>{post}</p></div></article>{Discussion(24)}
            <div class="sidebar">{string.Concat(Enumerable.Range(1, 14).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"About {i}")}</p>"))}</div></body></html>
            """;

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(post, article.Text);
        Assert.Equal(24, article.Comments.Count);
    }
    [Fact]
    public void A_short_article_inside_a_wrapper_named_for_subscriptions_is_recovered_by_the_recall_pass()
    {
        // theargus.co.uk (htmldate set): the seven paragraphs sit in "subscription-replace-entire-article", which the newsletter rule names;
        // the first pass leaves no prose, so the recall pass spares the wrapper's prose from class/id rules.
        var article = Assert.Single(ExtractDatasetPage("htmldate/html/1703831611.html.gz").Articles);

        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(7, paragraphs.Length);
        Assert.Equal("A PEDESTRIAN suffered serious injuries in a town centre car crash.", paragraphs[0]);
        Assert.Equal("Anyone who witnessed the collision is being asked to contact police online or by calling 101 quoting serial 497 of 04/09.", paragraphs[^1]);
        Assert.Equal("Harry Bullmore", Assert.Single(article.Authors));
    }

    [Theory]
    [InlineData("readability/pages/yahoo-2/source.html.gz", "MOSCOW (AP) — An unmanned Russian", "This version corrects the spelling of the region to Tuva, not Tyva.")]
    [InlineData("trafilatura/html/lostiempos.com-juicio.html.gz", "País", "De los implicados, Kaliman, Fernández, Orellana y Calderón se encuentran procesados en rebeldía, mientras que Terceros y Jarjury se declararon culpables y recibieron una condena de tres años de cárcel, la cual puede permitirles una libertad condicional.")]
    public void A_story_chosen_small_against_the_page_widens_to_its_article_element_not_to_the_whole_page(string file, string firstStart, string last)
    {
        // yahoo-2: a story opened over a front page whose stream of teasers (and a video player's settings menu) outweighs it; lostiempos: a story
        // above columns of section teasers. Each story is the page's one <article> of long prose; the whole body would bring the teasers along.
        var article = Assert.Single(ExtractDatasetPage(file).Articles);

        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(11, paragraphs.Length);
        Assert.StartsWith(firstStart, paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(last, paragraphs[^1]);
    }

    [Fact]
    public void A_video_page_whose_only_prose_is_the_description_under_its_player_gives_that_description_as_its_text()
    {
        // trafilatura zdf.de.corona (ZDFmediathek): the video's description sits in the player's "item-caption", which the caption rules take;
        // what was left were the bookmark button's status messages and a dozen log-in panels set as <article class="…-modal">.
        var extraction = ExtractDatasetPage("trafilatura/html/zdf.de.corona.html.gz");

        var article = Assert.Single(extraction.Articles);
        Assert.Equal(
            "New York ist das Epizentrum der Corona-Pandemie in den USA. Auch der Sport ist zum Stillstand gekommen. Die Anteilnahme in den Top-Ligen ist groß. Wie es sportlich weitergeht, ist unklar.",
            article.Text);
        Assert.Equal("US-Sport in Zeiten von Corona", article.Title);
        Assert.Equal(["Andreas Kürten"], article.Authors);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Consent && r.Text.StartsWith("Passwort vergessen?", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Boilerplate && r.Text == "Gemerkt auf Mein ZDF!");
    }

    [Fact]
    public void Linked_related_lines_inside_a_story_are_audited_as_related_and_not_kept()
    {
        // readability cnn: two "Related: …" links, each its own paragraph between the story's paragraphs.
        var article = Assert.Single(ExtractDatasetPage("readability/pages/cnn/source.html.gz").Articles);

        Assert.DoesNotContain(article.Text.Split("\n\n"), p => p.StartsWith("Related:", StringComparison.Ordinal));
        Assert.Equal(
            ["Related: Rich are paying more in taxes but not as much as they used to", "Related: Chicago is America's most segregated city"],
            article.Removed.Where(r => r.Reason == RemovalReasons.Related && r.Text.StartsWith("Related:", StringComparison.Ordinal)).Select(r => r.Text));
    }

    [Fact]
    public void A_page_of_several_long_articles_falls_back_to_the_whole_body_when_the_chosen_block_is_small()
    {
        // correctiv.org (trafilatura set) scrolls through a dozen whole stories: none is marked as the page's own, so a small choice widens to all.
        static string Story(string name, int paragraphs) =>
            $"<article id=\"{name}\"><p>{HtmlTestDocuments.Paragraph($"{name} kicker")}</p><div class=\"body-{name}\">{string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"{name} {i}")}</p>"))}</div></article>";
        var html = $"<html><body><main>{Story("first", 18)}{Story("second", 18)}{Story("third", 18)}{Story("fourth", 18)}</main></body></html>";

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(76, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_blog_front_page_whose_post_cards_a_class_rule_names_is_not_passed_off_as_an_article_by_the_recall_pass()
    {
        // en.blog.wordpress.com (htmldate set): the recall pass would spare two post cards' excerpts; sparing several blocks, it has
        // brought back a listing, so the page keeps no article (and is quarantined with its metadata).
        Assert.Empty(ExtractDatasetPage("htmldate/html/blog.wordpress.com.html.gz").Articles);
    }

    [Fact]
    public void A_newsletter_box_of_prose_stays_removed_when_the_article_beside_it_has_prose()
    {
        var box = "Get the best stories of the week in your inbox every Friday morning, with a long letter from our editors about what we read.";
        var html = $"""
            <html><head><title>Storm | Daily Example</title></head><body><main><article>
              <h1>Storm hits the coast</h1>
              <p>{HtmlTestDocuments.Paragraph("First")}</p>
              <p>{HtmlTestDocuments.Paragraph("Second")}</p>
              <p>{HtmlTestDocuments.Paragraph("Third")}</p>
              <div class="newsletter-signup"><p>{box}</p><p>{box}</p></div>
            </article></main></body></html>
            """;

        var article = Assert.Single(Extract(html).Articles);

        Assert.Equal(string.Join("\n\n", HtmlTestDocuments.Paragraph("First"), HtmlTestDocuments.Paragraph("Second"), HtmlTestDocuments.Paragraph("Third")), article.Text);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Newsletter && r.Text.StartsWith("Get the best stories", StringComparison.Ordinal));
    }
    [Fact]
    public void A_page_its_scripts_render_gets_the_article_html_its_state_holds()
    {
        // HankookIlbo (fundus): the markup holds no article; a React Query cache in an inline script holds it as "contentHtml", with
        // "$$ARTICLEAD$$" placeholders where the client puts ads.
        var extraction = HtmlTestDocuments.ExtractDatasetPage("fundus", "html", "kr", "HankookIlbo_2026_01_29.html.gz");

        var article = Assert.Single(extraction.Articles);
        Assert.Equal(PageKind.Article, extraction.PageKind);
        Assert.StartsWith("장동혁 국민의힘 대표가 당권을 위협하던 한동훈 전 대표를 제명했지만, 어깨는 한층 무거워졌다.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("$$", article.Text, StringComparison.Ordinal);
        Assert.Equal(3, article.Removed.Count(r => r.Reason == RemovalReasons.Boilerplate && r.Text == "$$ARTICLEAD$$"));
        Assert.Contains(article.Images, i => i.Caption == "장동혁(맨 앞) 국민의힘 대표가 29일 국회 예결위 회의장에서 열린 의원총회에서 국기에 경례하고 있다. 연합뉴스");
        Assert.DoesNotContain("국기에 경례하고 있다", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_state_holds_the_body_as_an_element_tree_gets_it_rendered_back()
    {
        // scmp (htmldate): the markup holds no article; the Apollo state holds the body as htmlparser2 nodes ({"type":"p","children":[…]})
        // beside the bodies of related stories, under the object whose headline is the page's.
        var extraction = HtmlTestDocuments.ExtractDatasetPage("htmldate", "html", "scmp.com.playbook.html.gz");

        var article = Assert.Single(extraction.Articles);
        Assert.Equal(PageKind.Article, extraction.PageKind);
        Assert.StartsWith("Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("Alice Wu is a political consultant and a former associate director of the Asia Pacific Media Network at UCLA", article.Text, StringComparison.Ordinal);
        Assert.Equal(14, article.Text.Split("\n\n").Length);
    }
}
