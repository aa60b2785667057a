using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>Lead lines the story repeats as its first sentence (the dek of the htmldate news18.com page, a DailyMail summary bullet).</summary>
public class RepeatedLeadRemoverTests
{
    private const string Dek = "The technology vision document, which was formalised after obtaining inputs from various stakeholders, is aimed at enhancing the cybersecurity posture of UCBs.";

    private static TextBlock Block(string text, TextBlockKind kind = TextBlockKind.Paragraph) => new(text, kind);

    [Fact]
    public void A_dek_that_a_later_paragraph_opens_with_is_dropped_as_a_duplicate()
    {
        var opening = HtmlTestDocuments.Paragraph("The Reserve Bank on Thursday");
        var repeating = Dek + " The 12 specific action points suggested in the document include more board oversight.";
        var removed = new PruneMap();

        var kept = RepeatedLeadRemover.Remove([Block(Dek), Block("PTI Mumbai"), Block(opening), Block(repeating)], removed);

        Assert.Equal(["PTI Mumbai", opening, repeating], kept.Select(b => b.Text));
        var audit = Assert.Single(removed.Audit);
        Assert.Equal((RemovalReasons.Duplicate, Dek), (audit.Reason, audit.Text));
    }

    [Fact]
    public void A_summary_bullet_without_its_closing_clause_is_dropped_when_the_story_opens_with_it()
    {
        const string Bullet = "Currency collectors nationwide are on hunt for some rare dollar bills";
        var story = Bullet + ", willing to pay up to $150,000 for those with a specific printing error.";

        var kept = RepeatedLeadRemover.Remove([Block(Bullet, TextBlockKind.ListItem), Block("Two batches of $1 bills printed in 2014 feature an error", TextBlockKind.ListItem), Block(story)], new PruneMap());

        Assert.Equal(["Two batches of $1 bills printed in 2014 feature an error", story], kept.Select(b => b.Text));
    }

    [Fact]
    public void A_summary_set_as_a_block_quote_is_dropped_when_the_story_opens_with_it()
    {
        // htmldate 1561086382 (Cuba): <div id="sumario"><blockquote> holds the dek the story's second paragraph opens with.
        const string Summary = "En reunión del Consejo de Defensa Provincial para evaluar el cumplimiento de las medidas";
        var first = HtmlTestDocuments.Paragraph("La venta de alimentos");
        var story = Summary + ", Amilkar Pérez Riverol precisó las medidas.";

        var kept = RepeatedLeadRemover.Remove([Block(Summary, TextBlockKind.Quote), Block(first), Block(story)], new PruneMap());

        Assert.Equal([first, story], kept.Select(b => b.Text));
    }

    [Fact]
    public void Lines_repeated_inside_a_paragraph_past_the_lead_or_as_a_word_prefix_stay()
    {
        // A test page's lorem ipsum repeats a sentence inside a later paragraph, a line may open a longer word, a pull quote repeats a
        // sentence from the middle of the story, and past the first three blocks a repetition is the story's own.
        const string Sentence = "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
        const string Quote = "Wir akzeptieren heute nicht, dass der Premierminister das versucht";
        var blocks = new List<TextBlock>
        {
            Block(HtmlTestDocuments.Paragraph("Lorem")),
            Block(Sentence),
            Block("Short line of thirty-odd chars"),
            Block("Tempor incididunt ut labore. " + Sentence),
            Block("Short line of thirty-odd characters goes on."),
            Block(Quote),
            Block("„" + Quote + "“, ruft Nora."),
            Block(HtmlTestDocuments.Paragraph("Late")),
            Block(HtmlTestDocuments.Paragraph("Late") + " More."),
        };

        var kept = RepeatedLeadRemover.Remove(blocks, new PruneMap());

        Assert.Same(blocks, kept);
    }

    [Fact]
    public void The_news18_page_opens_with_its_story_and_tells_the_dek_once()
    {
        var article = Assert.Single(HtmlTestDocuments.ExtractDatasetPage("htmldate", "html", "1720285564.html.gz").Articles);

        Assert.Equal(1, CountOf(article.Text, "The technology vision document, which was formalised after obtaining inputs"));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.Duplicate && r.Text.StartsWith("The technology vision document", StringComparison.Ordinal));
    }

    [Fact]
    public void A_marked_dek_the_story_repeats_stays_the_standfirst()
    {
        // 1551294044 (htmldate): the page marks its dek; the story's first paragraph opens with the same words.
        var article = Assert.Single(HtmlTestDocuments.ExtractDatasetPage("htmldate", "html", "1551294044.html.gz").Articles);

        Assert.Equal("El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al viernes", article.Standfirst);
        Assert.StartsWith("El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al viernes, al cerrar", article.Text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string words) => text.Split(words).Length - 1;
}
