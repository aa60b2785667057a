using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The written byline under the heading against the author meta tag: who wrote the story when they disagree.</summary>
public sealed class WrittenBylineOverAuthorMetaTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p>Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht für lesbische Frauen gilt.</p>";

    // Trimmed from datasets/trafilatura l-mag.de.holocaust: the tag credits the magazine, the page its writer.
    [Fact]
    public void Written_byline_naming_someone_else_outranks_the_author_meta_tag() =>
        Assert.Equal(["Claudia Lindner"], Authors("L-MAG", "<p class=\"bodytext\">Von Claudia Lindner</p>"));

    // Trimmed from datasets/trafilatura interscenar.io.eindruecke: the tag spells the name without its accents.
    [Fact]
    public void Written_byline_restores_the_accents_the_author_meta_tag_dropped() =>
        Assert.Equal(["Gàbor Muniér"], Authors("Gabor Munier", "<ul><li class=\"submitted\"><span>Author: Gàbor Muniér, Datum: 03.Mär.19</span></li></ul>"));

    // Trimmed from datasets/fundus (Mirror): the byline runs on into the writer's role; the tag's name stands.
    [Fact]
    public void Written_byline_running_on_from_the_tag_name_leaves_the_tag_standing() =>
        Assert.Equal(["Emma Mackenzie"], Authors("Emma Mackenzie", "<p>By Emma Mackenzie Lifestyle Writer</p>"));

    // Trimmed from datasets/readability (nytimes): the byline in capitals is the tag's name, not a new spelling.
    [Fact]
    public void Written_byline_in_capitals_keeps_the_tag_spelling() =>
        Assert.Equal(["Jeffrey Gettleman"], Authors("Jeffrey Gettleman", "<p>By JEFFREY GETTLEMAN</p>"));

    // Trimmed from datasets/trafilatura courage-online.de.erfinderinnen: the template hyphenates the name with soft hyphens.
    [Fact]
    public void Written_byline_with_soft_hyphens_in_the_name_names_the_writer() =>
        Assert.Equal(["Matthias Lauerer"], Authors(null, "<p><strong>Von Mat\u00ADthi\u00ADas Lauerer</strong></p>"));

    // Trimmed from datasets/trafilatura ethify.org: the byline element shows the login that saved the post, the post names its writer.
    [Fact]
    public void Labelled_written_byline_outranks_a_login_name_in_the_byline_element() =>
        Assert.Equal(["Margarita Koreneva"], Authors(null, LoginByline + "<p><strong>Vegetarier zu sein</strong></p><p>Blog Beitrag von Margarita Koreneva</p>"));

    // Trimmed from datasets/trafilatura foren.myoos.de: a forum post quoting an article under the member's name.
    [Fact]
    public void Bare_von_line_under_a_login_name_leaves_the_login_standing() =>
        Assert.Equal(["r23"], Authors(null, "<p class=\"author\">Beitrag von <strong><a class=\"username\" href=\"./memberlist.php?u=5\">r23</a></strong> » 21.01.2009, 05:42</p><div class=\"content\">Was ist Freie Software?<br>von Georg C. F. Greve<br></div>"));

    // Trimmed from datasets/trafilatura legrandcontinent.eu: the data points to the site's person node, the details box names the writer.
    [Fact]
    public void Writer_label_box_outranks_a_structured_data_author_given_by_reference() =>
        Assert.Equal(["Uriel Gadessaud"], AuthorsWithData("{\"@id\":\"https://example.org/#/schema/person/1\"}", "<dl><dt>Auteur</dt><dd><a href=\"/fr/staff/uriel-gadessaud/\">Uriel Gadessaud</a></dd></dl>"));

    // Trimmed from datasets/fundus (The Japan News): a person written into the article node is the page's own credit and stands.
    [Fact]
    public void Structured_data_author_written_into_the_article_node_outranks_the_written_byline() =>
        Assert.Equal(["Gilles Gressani"], AuthorsWithData("{\"@type\":\"Person\",\"name\":\"Gilles Gressani\"}", "<dl><dt>Auteur</dt><dd>Uriel Gadessaud</dd></dl>"));

    // Trimmed from datasets/trafilatura ebike-mtb.com-OFFROAD: the data and the tag name the account, the byline its co-author too.
    [Fact]
    public void Written_byline_naming_the_structured_author_and_a_co_author_credits_both() =>
        Assert.Equal(["Rudolf Fischer", "Simon Kohler"], AuthorsWithData("{\"@type\":\"Person\",\"name\":\"Rudolf Fischer\"}",
            "<div class=\"meta-item author\"><span class=\"vcard author\"><span class=\"fn\">von Rudolf Fischer, Simon Kohler</span></span></div>"));

    // Trimmed from datasets/trafilatura refinery29.com.single: the byline element lists both contributors without a label.
    [Fact]
    public void Byline_element_listing_the_meta_author_and_another_person_credits_both() =>
        Assert.Equal(["Sadhbh O'Sullivan", "Elisabeth Kochan"], Authors("Sadhbh O'Sullivan",
            "<div class=\"byline main-contributors\"><span class=\"contributor\"><a href=\"/author/so\">Sadhbh O'Sullivan</a></span>, <span class=\"contributor\"><a href=\"/author/ek\">Elisabeth Kochan</a></span></div>"));

    // Trimmed from datasets/aeb (a Philippine daily): the byline row runs on into a link, which is no co-author.
    [Fact]
    public void Byline_row_running_on_into_a_link_adds_no_co_author() =>
        Assert.Equal(["Marcus De Guzman"], Authors("Marcus De Guzman",
            "<div class=\"byline\"><span class=\"author\">Marcus De Guzman</span> | <a href=\"/author/mdg\">View More Articles</a></div>"));

    // Trimmed from datasets/trafilatura alpin.de-freeride: the tag credits the publisher and its address.
    [Fact]
    public void Author_tag_of_an_organisation_and_its_address_names_no_place_as_author() =>
        Assert.Empty(Authors("Olympia-Verlag GmbH, Nürnberg, Germany", "<p>Die Tour beginnt am frühen Morgen.</p>"));

    [Fact]
    public void Author_tag_of_an_organisation_and_a_person_keeps_the_person() =>
        Assert.Equal(["Clemens Höges"], Authors("Spiegel Verlag GmbH, Clemens Höges", "<p>Die Tour beginnt am frühen Morgen.</p>"));

    private static IReadOnlyList<string> AuthorsWithData(string author, string byline)
    {
        var data = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Lesbische Erinnerungskultur\",\"author\":" + author
            + "},{\"@type\":\"Person\",\"@id\":\"https://example.org/#/schema/person/1\",\"name\":\"Gilles Gressani\"}]}</script>";
        var html = "<html><head><title>Holocaust-Gedenktag</title>" + data + "</head><body><article><h1>Lesbische Erinnerungskultur mit Stolpersteinverlegung</h1>"
            + byline + Story + "</article></body></html>";
        return MetadataTestPages.Extract(Extractor, html).Authors;
    }

    private const string LoginByline = "<p class=\"submitted\">Gespeichert von <span class=\"username\">human</span> am <time>7. Juli 2019 - 18:44</time></p>";

    private static IReadOnlyList<string> Authors(string? metaAuthor, string byline)
    {
        var meta = metaAuthor is null ? "" : "<meta name=\"author\" content=\"" + metaAuthor + "\"/>";
        var html = "<html><head><title>Holocaust-Gedenktag</title>" + meta + "</head><body><article><h1>Lesbische Erinnerungskultur mit Stolpersteinverlegung</h1>"
            + byline + Story + "</article></body></html>";
        return MetadataTestPages.Extract(Extractor, html).Authors;
    }
}
