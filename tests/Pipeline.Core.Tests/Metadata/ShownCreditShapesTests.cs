using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Bylines the page shows without byline markup or structured data: a "Von:" label, the story's details aside, a "Veröffentlicht am … von" line.</summary>
public sealed class ShownCreditShapesTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p>Ein Grab-Fahrer hat eine Bestellung bis nach Singapur ausgeliefert und ist dafür eigens in ein Flugzeug gestiegen, wie die Plattform am Dienstag in einer Mitteilung an ihre Kunden berichtete.</p>"
        + "<p>Die Geschichte verbreitete sich schnell in den sozialen Netzwerken, stellte sich dann aber als frei erfunden heraus.</p>";

    // Trimmed from datasets/trafilatura der-farang.com (grab-bote): the writer label takes a colon.
    [Fact]
    public void Writer_label_with_a_colon_under_the_heading_names_the_writer() =>
        Assert.Equal(["Björn Jahner"], Read("<article><h1 class=\"page-title\">Frei erfunden: Grab-Bote fliegt nach Singapur</h1>"
            + "<div class=\"article-meta-wrapper\"> Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>" + Story + "</article>").Authors);

    // Trimmed from datasets/trafilatura de.motor1.com (bmw-3er-touring): the label in its own span, the colon after it.
    [Fact]
    public void Writer_label_in_its_own_element_then_a_colon_names_the_writer() =>
        Assert.Equal(["Adrian Padeanu"], Read("<article><h1>BMW 3er Touring Facelift (2022) zum ersten Mal erwischt</h1>"
            + "<div class=\"postAuthorInfo\"><div class=\"postAuthor\"><span class=\"name\"><span class=\"label\">Von</span>: Adrian Padeanu</span></div></div>" + Story + "</article>").Authors);

    // Trimmed from datasets/trafilatura die-tagespost.de (demut): the writer's card sits in an unmarked aside of the story's article.
    [Fact]
    public void Writer_card_in_the_story_aside_names_the_writer() =>
        Assert.Equal(["Christoph von Ritter"], Read("<main><div><article class=\"art-detail\"><header><hgroup><h3>Würzburg</h3><h1>Warum wir jetzt Demut brauchen</h1></hgroup></header>"
            + "<div class=\"grid_row\"><div class=\"grid_item-2\"><aside><section class=\"author\"><div class=\"u-circular\"><img src=\"a.jpg\" alt=\"Autor-Avatar\"></div>"
            + "<span class=\"author-name\"><strong>Christoph von Ritter</strong></span></section>"
            + "<section class=\"meta\"><time datetime=\"2020-04-24T08:30:00+01:00\"> 24. April 2020 <br> 08:30 Uhr </time></section></aside></div>"
            + "<div class=\"grid_item-8\">" + Story + "</div></div></article></div></main>").Authors);

    // Trimmed from datasets/trafilatura ledevoir.com (trottinettes): an aside marked as the author's holds the writer's linked name, the date
    // and the section.
    [Fact]
    public void Short_author_aside_names_the_writer() =>
        Assert.Equal(["Jeanne Corriveau"], Read("<article><h1>La fin des trottinettes en libre-service à Montréal</h1>"
            + "<div><aside class=\"author sans-photo\"><h3><a href=\"/auteur/jeanne-corriveau\" title=\"Jeanne Corriveau\"><span>Jeanne Corriveau</span></a></h3>"
            + "<time datetime=\"2020-02-19\">19 février 2020</time><nav class=\"category-nav\"><ul><li><a href=\"/politique/montreal\"><span>Montréal</span></a></li></ul></nav>"
            + "<ul class=\"social list-unstyled hidden-xs hidden-sm\"><li class=\"fb\"><a target=\"_blank\" href=\"https://www.facebook.com/share.php?u=x\"><span class=\"normal\"><svg viewBox=\"0 0 21 20\"><path d=\"M21 18.004C21 19 19.986 20 19.023 20H13.03v-8.012h2.698l.32-1.988-3.02-.003V8.31c0-.874 1.024-2.326 2.277-2.326\"/></svg></span></a></li>"
            + "<li class=\"mail\"><a href=\"#\"><span class=\"normal\"><svg viewBox=\"0 0 19.99 14.988\"><path d=\"M2.453 1l7.524 6.133L17.437 1H2.454z\"/></svg></span></a></li></ul></aside></div>"
            + Story + "</article>").Authors);

    // Trimmed from datasets/fundus at/SalzburgerNachrichten_2025_06_05: the details aside names the agency the copy came from,
    // which the page's data credits as the newsroom's: an aside's credit counts only when it names a person.
    [Fact]
    public void Agency_in_the_story_aside_is_not_credited() =>
        Assert.Empty(Read("<article><h1>Ex-Ministerin Raab wird Chefin eines Migrations-Thinktanks</h1>"
            + "<aside class=\"article-aside\"><div class=\"article-author\"><p class=\"article-author__desktopprefix\">von</p> <div class=\"article-author__source\">APA</div></div>"
            + "<div class=\"article-publication-date\"><div class=\"article-publication-date__date\"> 05. Juni 2025</div></div></aside>" + Story + "</article>").Agencies);

    // Trimmed from datasets/trafilatura reiterrevue.de (heulage): the blog's "published on <date> by <name>" line, the site's name
    // after it written for screen readers only.
    [Fact]
    public void Published_on_a_date_by_a_writer_names_the_writer_without_the_screen_reader_text() =>
        Assert.Equal(["Sarah Schnieder"], Read("<article><h1 id=\"headline\">Heulage: Besser als ihr Ruf?</h1>"
            + "<p class=\"entry-meta text-muted small mt-1\"> Veröffentlicht am <span>03.02.2022</span> von Sarah Schnieder <span class=\"sr-only\">Reiterrevue International</span> </p>"
            + Story + "</article>").Authors);

    private static Pipeline.Core.Metadata.PageMetadata Read(string body) =>
        MetadataTestPages.Extract(Extractor, "<html><head><title>Artikel</title></head><body>" + body + "</body></html>");
}
