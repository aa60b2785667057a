using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A byline element's name ends where the link or bold text holding it ends; the words after it are a role or a desk.</summary>
public sealed class MarkedNameEndTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p>Neighbours said there was a sickening smell coming from the house for weeks before the police were finally called to the street.</p>";

    // Trimmed from datasets/fundus uk/TheMirror_2024_04_28: the linked name, then the writer's job title in the same line.
    [Fact]
    public void Linked_name_followed_by_a_job_title_ends_at_the_link() =>
        Assert.Equal(["Emma Mackenzie"], Authors(
            "<div class=\"author-information-container\"><span class=\"author-label\">By</span><div class=\"author\"><a class=\"publication-theme\" href=\"https://www.mirror.co.uk/authors/emma-mackenzie/\">Emma Mackenzie</a><span class=\"job-title\">Lifestyle Writer</span></div></div>"));

    // Trimmed from datasets/fundus uk/TheMirror_2026_01_06: the name in bold, the role as plain text after it.
    [Fact]
    public void Bold_name_followed_by_a_role_ends_at_the_bold_text() =>
        Assert.Equal(["Steffan Rhys"], Authors(
            "<div class=\"Authors_authors-container__wVWas\" data-testid=\"byline-author\"><span><strong class=\"Strong_strong__e2x35\">Steffan Rhys</strong> Deputy Content Hub Director</span></div>"));

    // Trimmed from datasets/fundus za/TimesLive_2025_05_22: the linked name inside its span, the title in the next span.
    [Fact]
    public void Linked_name_followed_by_a_desk_title_ends_at_the_link() =>
        Assert.Equal(["Thabo Mokone"], Authors(
            "<div class=\"author\"><span class=name> <a aria-label=\"author link\" href=\"/authors/thabo-mokone\"> Thabo Mokone </a> </span>  <span class=title>Parliamentary editor</span></div>"));

    // A link holding only the first name is no evidence of where the name ends: the whole name stands.
    [Fact]
    public void Link_holding_one_word_leaves_the_name_whole() =>
        Assert.Equal(["Jane Doe"], Authors("<div class=\"author\">By <a href=\"/authors/jane\">Jane</a> Doe</div>"));

    // Two linked names joined by "and": each is already whole.
    [Fact]
    public void Linked_names_of_two_writers_both_stand() =>
        Assert.Equal(["Jane Doe", "John Roe"], Authors("<div class=\"author\">By <a href=\"/authors/jane-doe\">Jane Doe</a> and <a href=\"/authors/john-roe\">John Roe</a></div>"));

    // Trimmed from datasets/fundus uk/DailyStar_2024_04_23: the desk in the title after the link ("Travel News Reporter") made the line
    // read as a newsroom's credit.
    [Fact]
    public void Linked_name_followed_by_a_desk_title_credits_the_person_not_a_newsroom() =>
        Assert.Equal(["Sophie Foster"], Authors(
            "<div class=\"article-author-container\"><div class=\"article-type\"><a class=\"channel-name\" href=\"https://www.dailystar.co.uk/travel/\">Travel</a></div><div class=\"author-information-container\"><span class=\"author-label\">By</span><div class=\"author\"><a class=\"publication-theme\" href=\"https://www.dailystar.co.uk/authors/sophie-foster/\">Sophie Foster</a><span class=\"job-title\">Travel News Reporter</span></div></div></div>"));

    // Trimmed from the trafilatura page aussengedanken.de.feuerholz: a written "Von" line whose linked names run into the dateline.
    [Fact]
    public void Written_byline_ends_each_name_at_its_link() =>
        Assert.Equal(["Roland Brockmann", "Sebastian Drescher"], Authors(
            "<p>Von <strong><a href=\"http://www.rolandbrockmann.de\">Roland Brockmann</a></strong> und <strong><a href=\"https://www.torial.com/sebastian.drescher\">Sebastian Drescher</a></strong><br /> Kakuma ist eine Stadt im Nordwesten Kenias, in der seit Jahren Flüchtlinge aus dem Südsudan und aus Somalia leben, neben den Turkana.</p>"));

    private static IReadOnlyList<string> Authors(string byline)
    {
        var html = "<html><head><title>Man kept six women chained in basement</title></head><body><article><h1>Man kept six women chained in hole in basement</h1>"
            + byline + Story + "</article></body></html>";
        return MetadataTestPages.Extract(Extractor, html).Authors;
    }
}
