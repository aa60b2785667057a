using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Tests.Scoring;

public sealed class NameSetScorerTests
{
    [Fact]
    public void Author_sets_match_regardless_of_order_case_and_whitespace()
    {
        var result = NameSetScorer.Score(["Birgit Baumann", "Anna  Giulia Fink"], ["anna giulia fink", "BIRGIT BAUMANN"], [], null);

        Assert.Equal(new NameSetScorer.Result(true, 2, 2, 2), result);
    }

    [Fact]
    public void Agencies_and_then_site_name_may_complete_the_set()
    {
        Assert.True(NameSetScorer.Score(["Jane Doe", "dpa"], ["Jane Doe"], ["dpa"], "Example News").ExactSet);
        Assert.True(NameSetScorer.Score(["ORF.at"], [], [], "ORF.at").ExactSet);
        Assert.False(NameSetScorer.Score(["Jane Doe"], ["Jane Doe", "John Roe"], [], null).ExactSet);
    }

    [Fact]
    public void Per_name_counts_use_authors_and_agencies()
    {
        var result = NameSetScorer.Score(["Jane Doe", "Max Mustermann"], ["Jane Doe", "Lille"], ["AFP"], null);

        Assert.Equal(new NameSetScorer.Result(false, 1, 3, 2), result);
    }

    [Fact]
    public void Aggregated_author_scores_give_exact_accuracy_and_name_precision_recall()
    {
        var scores = new AuthorScores(Pages: 4, ExactSetRight: 3, NamesMatched: 5, NamesPredicted: 8, NamesLabelled: 10);

        Assert.Equal(0.75, scores.ExactSetAccuracy, 12);
        Assert.Equal(0.625, scores.NamePrecision, 12);
        Assert.Equal(0.5, scores.NameRecall, 12);
    }

    [Fact]
    public void Titles_match_exactly_after_whitespace_normalisation()
    {
        Assert.True(TitleScorer.Matches(" Nach Kalifat-Rufen\n in Hamburg ", "Nach Kalifat-Rufen in Hamburg"));
        Assert.False(TitleScorer.Matches("Nach Kalifat-Rufen in Hamburg", "nach kalifat-rufen in hamburg"));
    }
}
