using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public class StandfirstFinderTests
{
    private const string Dek = "Das Phishingradar warnt vor einer Masche, bei der Kunden angeblich neuen Richtlinien zustimmen müssen.";

    private static readonly TextBlockStages BlockStages = new(RuleSet.Embedded);

    private static readonly string Story = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));

    [Fact]
    public void A_block_classed_as_the_dek_is_the_standfirst()
    {
        // As on thenation.com (fundus-eval): h1 then div.article-title__dek > p, inside the chosen article.
        Assert.Equal(Dek, Find($"""<article><h1>Title</h1><div class="wp-block-the-nation-dek article-title__dek"><p>{Dek}</p></div>{Story}</article>"""));
    }

    [Fact]
    public void A_paragraph_in_the_article_header_below_the_headline_is_the_standfirst_even_after_a_date_line()
    {
        // As on yle.fi (trafilatura dataset): div.yle__article__header holds the h1, a date and the plain paragraph of the dek.
        Assert.Equal(Dek, Find($"""<article><header><h1>Title</h1><p>3.1.2022</p><p>{Dek}</p></header>{Story}</article>"""));
        Assert.Equal(Dek, Find($"""<article><div class="yle__article__header"><h1>Title</h1><p class="yle__article__paragraph">{Dek}</p></div>{Story}</article>"""));
    }

    [Fact]
    public void A_subtitle_heading_straight_after_the_headline_is_the_standfirst()
    {
        Assert.Equal(Dek, Find($"""<article><h1>Title</h1><h2>{Dek}</h2>{Story}</article>"""));
    }

    [Fact]
    public void A_bold_opening_paragraph_above_plain_ones_is_the_standfirst()
    {
        // As on tagesschau.de and israel-nachrichten.org: the lead-in is a <p><strong>, however the page classes it.
        Assert.Equal(Dek, Find($"""<article><h1>Title</h1><p><strong>{Dek}</strong></p>{Story}</article>"""));
    }

    [Fact]
    public void An_interviews_bold_question_is_no_standfirst()
    {
        // As on brandeins.de (trafilatura dataset): bold questions, plain answers.
        var question = "Ihr Buch nimmt die vermeintlich schlechte Natur des Menschen auseinander. Kann man unsere Spezies gut nennen?";
        var answer = HtmlTestDocuments.Paragraph("Answer");
        Assert.Null(Find($"""<article><h1>Title</h1><p><b>{question}</b></p><p>{answer}</p><p><b>Und was ist mit den Plünderungen nach dem Hurrikan?</b></p>{Story}</article>"""));
    }

    [Fact]
    public void A_plain_opening_paragraph_outside_the_header_is_the_story_not_a_standfirst()
    {
        Assert.Null(Find($"""<article><header><h1>Title</h1></header><p>{Dek}</p>{Story}</article>"""));
        Assert.Null(Find($"""<article><h1>Title</h1><p>{Dek}</p>{Story}</article>"""));
    }

    [Fact]
    public void A_classed_lead_too_long_or_too_short_for_a_dek_is_none()
    {
        var opening = string.Join(' ', Enumerable.Repeat("Ein langer Absatz mit vielen Wörtern geht weiter.", 9));
        Assert.Null(Find($"""<article><h1>Title</h1><p class="lead">{opening}</p>{Story}</article>"""));
        Assert.Null(Find($"""<article><h1>Title</h1><p class="lead">https://cdn.example.com/img/1078399535_2.jpg</p>{Story}</article>"""));
    }

    [Fact]
    public void A_text_of_one_block_has_no_standfirst()
    {
        Assert.Null(Find($"""<article><h1>Title</h1><p class="standfirst">{Dek}</p></article>"""));
    }

    [Fact]
    public void One_block_found_before_the_chosen_body_is_the_standfirst_and_several_are_the_storys_opening()
    {
        var one = HtmlTestDocuments.Body($"""<header><h1>Title</h1></header><p class="x">{Dek}</p><div class="text">{Story}</div>""");
        Assert.Equal(Dek, Find(one, [one.QuerySelector(".x")!, one.QuerySelector(".text")!], leadCount: 1));

        var two = HtmlTestDocuments.Body($"""<header><h1>Title</h1></header><p class="x">{Dek}</p><p class="y">{Dek} Noch einer.</p><div class="text">{Story}</div>""");
        Assert.Null(Find(two, [two.QuerySelector(".x")!, two.QuerySelector(".y")!, two.QuerySelector(".text")!], leadCount: 2));
    }

    [Fact]
    public void Dataset_pages_get_the_dek_they_mark_and_none_where_the_story_opens()
    {
        Assert.Equal(
            "Das Phishingradar warnt vor einer Phishing-Masche, bei der Ionos-Kunden angeblich zu neuen EU-Richtlinien zustimmen müssen.",
            DatasetArticle("fundus", "html", "de", "Heise_2024_04_19.html.gz").Standfirst);
        Assert.Equal(
            "He stole Supreme Court seats, thwarted accountability for Donald Trump, and left a trail of partisan destruction in his wake.",
            DatasetArticle("fundus-eval", "html", "TheNation_0.html.gz").Standfirst);

        // APNews opens with its dateline paragraph, which its description repeats: the story's first paragraph, not a dek.
        var ap = DatasetArticle("fundus", "html", "us", "APNews_2023_04_28.html.gz");
        Assert.Null(ap.Standfirst);
        Assert.StartsWith("MEXICO CITY (AP) — Mexico’s economy grew by 1.1%", ap.Text, StringComparison.Ordinal);
    }

    private static string? Find(string bodyHtml)
    {
        var body = HtmlTestDocuments.Body(bodyHtml);
        return Find(body, [body], leadCount: 0);
    }

    private static string? Find(IElement body, IReadOnlyList<IElement> parts, int leadCount)
    {
        var pruned = new PruneMap();
        var stats = TextStatistics.Compute(body, pruned);
        // The block stages drop the headline and the date lines before the finder runs.
        var blocks = BlockStages.Apply(new BlockRenderer().Render(parts, stats, pruned, CancellationToken.None), new PageMetadata { Title = "Title" }, pruned);
        return new StandfirstFinder(HtmlTestDocuments.Patterns).Find(parts, leadCount, blocks, stats, pruned);
    }

    private static Model.Article DatasetArticle(params string[] pathInDatasets) =>
        Assert.Single(HtmlTestDocuments.ExtractDatasetPage(pathInDatasets).Articles);
}
