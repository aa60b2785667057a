using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Credits the byline markup keeps apart while its text runs them together, and indented byline boxes read as the short credit they are.</summary>
public sealed class SideBySideCreditTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);
    private readonly BylineElementText _text = new(Rules, new HeadingReader(Rules), new BylineParser(Rules).Names);
    private readonly BylineParser _parser = new(Rules);

    private const string Story = "<p>Die Aufregung nach dem Aufmarsch von Islamisten in Hamburg bleibt groß. Auch in Österreich stellt sich nun die Frage, "
        + "wie die Antwort im Umgang mit religiösen Fanatikern aussehen soll und wie groß das Problem der Radikalisierung tatsächlich ist.</p>"
        + "<p>Alles, was in Deutschland passiert, passiert irgendwann auch in Österreich, und umgekehrt, sagt der Experte im Gespräch.</p>";

    [Theory]
    // Trimmed from datasets/fundus at/DerStandard_2024_05_03: one span per writer, only spaces between them.
    [InlineData("<div class=\"author\"><span class=\"simple\">Birgit Baumann</span>  <span class=\"simple\">Anna Giulia Fink</span></div>", " Birgit Baumann    | Anna Giulia Fink | ")]
    // A name split into its halves stays one name.
    [InlineData("<div class=\"author\"><span>Jenny</span> <span>Smith</span></div>", " Jenny   Smith ")]
    // The label's span introduces the writer's span.
    [InlineData("<div class=\"author\"><span>Kommentar von</span> <span>Nicole Opitz</span></div>", " Kommentar von   Nicole Opitz ")]
    public void Spans_of_several_words_side_by_side_are_separate_credits(string html, string expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _text.Read(document.QuerySelector(".author")!));
    }

    [Theory]
    [InlineData("Rezept von | Jana Winter", "Jana Winter")]
    [InlineData("Kommentar von | Nicole Opitz", "Nicole Opitz")]
    public void A_part_ending_in_the_writers_label_introduces_the_writer(string byline, string expected) =>
        Assert.Equal([expected], _parser.Parse(byline).Authors);

    // Trimmed from datasets/fundus at/DerStandard_2024_05_03.
    [Fact]
    public void Writers_in_spans_side_by_side_are_each_credited()
    {
        var html = "<html><head><title>Islamisten</title></head><body><article><h1>Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?</h1>"
            + "<div class=\"article-byline\"><div class=\"article-origins\"><span class=\"simple\">Birgit Baumann</span>  <span class=\"simple\">Anna Giulia Fink</span>"
            + "  <span class=\"simple\">Jan Michael Marchart</span></div></div>" + Story + "</article></body></html>";
        Assert.Equal(["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"], MetadataTestPages.Extract(Extractor, html).Authors);
    }

    // Trimmed from datasets/fundus ca/GlobalNews_2026_05_24: the template indents the short credit with runs of tabs.
    [Fact]
    public void An_indented_byline_box_is_read_as_the_short_credit_it_shows()
    {
        var tabs = new string('\t', 30);
        var html = "<html><head><title>Kyiv</title></head><body><article><h1>Russia hits Kyiv with ballistic missile, damages buildings and schools</h1>"
            + "<div class=\"c-byline__attribution\">" + tabs + "<span>By Samya Kullab and Vasilisa Stepanenko</span>" + tabs
            + "<span class=\"c-byline__source\">" + tabs + "The Associated Press" + tabs + "</span>" + tabs + "</div>" + Story + "</article></body></html>";
        var metadata = MetadataTestPages.Extract(Extractor, html);
        Assert.Equal(["Samya Kullab", "Vasilisa Stepanenko"], metadata.Authors);
    }
}
