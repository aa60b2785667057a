using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Tests.Scoring;

public sealed class DateScorerTests
{
    [Fact]
    public void Same_day_is_a_true_positive_whatever_the_time()
    {
        var counts = DateScorer.Score(new DateLabel("2023-04-26 14:20:55-04:00"), "2023-04-26");

        Assert.Equal(new DateCounts(1, 0, 0, 0, 0, 0), counts);
    }

    [Fact]
    public void Instants_are_compared_only_when_both_sides_carry_an_offset()
    {
        Assert.Equal(new DateCounts(1, 0, 0, 0, 1, 1), DateScorer.Score(new DateLabel("2023-04-26 14:20:55-04:00"), "2023-04-26T18:20:55Z"));
        Assert.Equal(new DateCounts(1, 0, 0, 0, 0, 1), DateScorer.Score(new DateLabel("2023-04-26 14:20:55-04:00"), "2023-04-26T14:20:55+00:00"));
        Assert.Equal(new DateCounts(1, 0, 0, 0, 0, 0), DateScorer.Score(new DateLabel("2023-04-26 14:20:55"), "2023-04-26T14:20:55+00:00"));
    }

    // From datasets/fundus de/DieWelt_2024_08_27: the label in UTC, the page's own date in Berlin time, one instant.
    [Fact]
    public void Same_instant_in_another_offset_is_a_true_positive_across_midnight()
    {
        Assert.Equal(new DateCounts(1, 0, 0, 0, 1, 1), DateScorer.Score(new DateLabel("2024-08-26 23:27:57+00:00"), "2024-08-27T01:27:57+02:00"));
        Assert.Equal(new DateCounts(0, 1, 0, 0, 0, 1), DateScorer.Score(new DateLabel("2024-08-26 23:27:57+00:00"), "2024-08-27T02:27:57+02:00"));
    }

    [Fact]
    public void Wrong_day_is_a_false_positive_and_a_missing_date_a_false_negative()
    {
        Assert.Equal(new DateCounts(0, 1, 0, 0, 0, 0), DateScorer.Score(new DateLabel("2020-10-09"), "2020-10-08T23:00:00+02:00"));
        Assert.Equal(new DateCounts(0, 0, 1, 0, 0, 0), DateScorer.Score(new DateLabel("2020-10-09"), null));
    }

    [Fact]
    public void Null_label_with_no_prediction_also_counts_as_true_negative_and_a_guess_as_false_positive()
    {
        Assert.Equal(new DateCounts(0, 0, 1, 1, 0, 0), DateScorer.Score(new DateLabel(null), null));
        Assert.Equal(new DateCounts(0, 1, 0, 0, 0, 0), DateScorer.Score(new DateLabel(null), "2020-01-01"));
    }

    [Fact]
    public void Malformed_labels_are_kept_as_published_and_never_match()
    {
        Assert.Equal(new DateCounts(0, 1, 0, 0, 0, 0), DateScorer.Score(new DateLabel("2022-11-1"), "2022-11-01"));
    }

    [Fact]
    public void Accuracy_and_f_follow_the_htmldate_formulas()
    {
        var counts = new DateCounts(Tp: 6, Fp: 2, Fn: 2, Tn: 1, 0, 0);

        Assert.Equal(7.0 / 11, counts.Accuracy, 12);
        Assert.Equal(0.75, counts.Precision, 12);
        Assert.Equal(0.75, counts.Recall, 12);
        Assert.Equal(12.0 / 16, counts.F1, 12);
    }
}
