using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

public sealed class CopyrightNoticeHolderTests
{
    private static readonly BylineParser Parser = new(RuleSet.Embedded.Metadata);

    // Trimmed from datasets/trafilatura gregoryszorc.com.python3: a one-person site's footer notice, its owner named in the title.
    [Fact]
    public void Site_notice_names_the_writer_the_title_names_too() =>
        Assert.Equal("Gregory Szorc", Find(
            "Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3",
            "<div id=\"content\"><p>Mercurial 5.2 was released in November 2019.</p></div>"
            + "<div id=\"footer\"><hr/><p>Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by <a href=\"http://www.freecsstemplates.org/\"> CSS Templates</a>.</p></div>"));

    // Trimmed from datasets/trafilatura regiolanda.de.filmbuero: a dated notice closing the article's own text.
    [Fact]
    public void Dated_notice_closing_the_article_names_its_writer() =>
        Assert.Equal("Sven Schreivogel", Find(
            "Filmbüro Göttingen",
            "<div id=\"article\"><p>Damit rückt die frühere Filmmetropole Göttingen bundesweit in den Fokus als TV-Kulisse.</p><p>© 2019 Sven Schreivogel</p></div>"));

    // Trimmed from datasets/htmldate (horizont.net): "© Vreni Frost" under a picture in the story credits the picture.
    [Fact]
    public void Undated_notice_in_the_article_credits_a_picture_not_the_writer() =>
        Assert.Null(Find(
            "Influencer Marketing: Was sich nach dem Vreni-Frost-Urteil ändert (und ändern muss)",
            "<div id=\"article\"><p>Das Urteil gegen Vreni Frost verunsichert die Branche.</p>"
            + "<div class=\"caption\"><span class=\"imgsubtitle\"></span> &copy; Vreni Frost </div></div>"));

    // Trimmed from datasets/trafilatura rent-a-pastor.com: the site's notice, but the title names someone else's story.
    [Fact]
    public void Site_notice_whose_holder_the_title_does_not_name_credits_no_one() =>
        Assert.Null(Find(
            "Neue Hochzeitslokation in Rödermark – Geheimtipp",
            "<div id=\"article\"><p>Eine neue Hochzeitslocation in Rödermark.</p></div>"
            + "<div class=\"x-colophon-content\"><p>© Samuel Diekmann <a href=\"/impressum/\">rent-a-pastor.com</a> - Jetzt kostenlos unsere App laden</p></div>"));

    // Trimmed from datasets/trafilatura bettycrocker.com.pineapple: a legal form after the holder's name makes it a company.
    [Fact]
    public void Notice_with_a_legal_form_after_the_name_names_a_company() =>
        Assert.Null(Find(
            "Easy Pineapple Upside-Down Cake Recipe - General Mills",
            "<div id=\"article\"><p>Bake the cake for 45 minutes.</p><p>© 2020 General Mills, Inc. All Rights Reserved</p></div>"));

    // Trimmed from datasets/trafilatura chorknaben-ulm.de.geschichte: four capitalised words in the title's site name are a choir, not a person.
    [Fact]
    public void Long_run_of_capitalised_words_names_a_body_not_a_person() =>
        Assert.Null(Find(
            "Geschichte - St. Georgs Chorknaben Ulm",
            "<div id=\"article\"><p>Die Chorknaben wurden 1968 gegründet.</p></div><div id=\"bottom\"><div class=\"left\">© 2020, St. Georgs Chorknaben Ulm </div></div>"));

    [Fact]
    public void Notices_naming_two_people_credit_pictures_not_the_writer() =>
        Assert.Null(Find(
            "Notizen | Jane Doe",
            "<div id=\"article\"><p>Der Winter kommt.</p><p>© 2021 Jane Doe</p><p>© 2021 John Roe</p></div>"));

    [Fact]
    public void Copyright_notices_of_a_dataset_page_credit_its_owner() =>
        Assert.Equal(["Gregory Szorc"], DatasetAuthors("gregoryszorc.com.python3"));

    private static string? Find(string title, string body)
    {
        var document = new HtmlParser().ParseDocument("<html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
        return CopyrightNoticeHolder.Find(document, document.GetElementById("article"), Parser, _ => false, null);
    }

    private static IReadOnlyList<string> DatasetAuthors(string name)
    {
        var content = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html", name + ".html.gz"));
        var input = InputDecoder.Decode(new RawInput(content, name + ".html"), new CleanerOptions());
        return new HtmlMetadataExtractor(RuleSet.Embedded).Extract(new HtmlParser().ParseDocument(input.Text), input, null).Authors;
    }
}
