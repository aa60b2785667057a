using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Tests.Scoring;

public sealed class SnippetScorerTests
{
    private static readonly SnippetLabels Labels = new(
        ["The main   story\ncontinues", "Second paragraph"],
        ["Read more", "Great article!"]);

    [Fact]
    public void Snippets_match_after_whitespace_collapsing_and_case_sensitively()
    {
        var counts = SnippetScorer.Score(Labels, "  The main story continues here.\n\nsecond paragraph.  Read   more ");

        Assert.Equal(new SnippetCounts(Tp: 1, Fp: 1, Fn: 1, Tn: 1), counts);
    }

    [Fact]
    public void Misses_name_the_missing_and_the_leaked_snippets()
    {
        var misses = SnippetScorer.Misses(Labels, "  The main story continues here.\n\nsecond paragraph.  Read   more ");

        Assert.Equal(["Second paragraph"], misses.Missed);
        Assert.Equal(["Read more"], misses.Leaked);
    }

    [Fact]
    public void A_crash_counts_as_no_output()
    {
        Assert.Equal(new SnippetCounts(0, 0, 2, 2), SnippetScorer.Score(Labels, ""));
    }

    [Fact]
    public void Corpus_metrics_are_computed_from_summed_counts()
    {
        var total = new SnippetCounts(3, 1, 1, 5) + new SnippetCounts(1, 0, 2, 2);

        Assert.Equal(new SnippetCounts(4, 1, 3, 7), total);
        Assert.Equal(0.8, total.Precision, 12);
        Assert.Equal(4.0 / 7, total.Recall, 12);
        Assert.Equal(8.0 / 12, total.F1, 12);
        Assert.Equal(11.0 / 15, total.Accuracy, 12);
    }
}
