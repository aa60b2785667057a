using Pipeline.Evaluation.Scoring;
using Pipeline.Evaluation.Text;

namespace Pipeline.Evaluation.Tests.Scoring;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Identical_texts_score_perfectly_and_count_as_exact()
    {
        var score = ShingleScorer.Score("one two three four five", "one two, three four five!");

        Assert.Equal(new ShinglePageScore(1, 0, 0, true), score);
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Extra_predicted_tokens_become_false_positive_shingles_normalised_by_the_page_total()
    {
        // truth shingles: "a b c d", "b c d e" (2); prediction adds "c d e f": TP 2, FP 1, FN 0 -> divided by 3.
        var score = ShingleScorer.Score("a b c d e", "a b c d e f");

        Assert.Equal(2.0 / 3, score.Tp, 12);
        Assert.Equal(1.0 / 3, score.Fp, 12);
        Assert.Equal(0, score.Fn);
        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(1, score.Recall);
        Assert.False(score.ExactMatch);
    }

    [Fact]
    public void Repeated_shingles_are_counted_as_a_multiset()
    {
        // Truth has "x y z w" twice (8 tokens -> 5 shingles), the prediction once.
        var score = ShingleScorer.Score("x y z w x y z w", "x y z w");

        Assert.Equal(1.0 / 5, score.Tp, 12);
        Assert.Equal(0, score.Fp);
        Assert.Equal(4.0 / 5, score.Fn, 12);
    }

    [Fact]
    public void A_text_of_fewer_than_four_tokens_gives_one_short_shingle()
    {
        Assert.Equal(new ShinglePageScore(1, 0, 0, true), ShingleScorer.Score("hello world", "hello... world"));
        Assert.Equal(new ShinglePageScore(0, 0.5, 0.5, false), ShingleScorer.Score("hello world", "hello there"));
    }

    [Fact]
    public void Empty_prediction_has_zero_recall_and_does_not_count_for_precision()
    {
        var score = ShingleScorer.Score("a b c d", "");

        Assert.Equal(new ShinglePageScore(0, 0, 1, false), score);
        Assert.Equal(0, score.Recall);
        Assert.False(score.CountsForPrecision);
        Assert.True(score.CountsForRecall);
    }

    [Fact]
    public void Corpus_f1_is_the_f1_of_mean_precision_and_mean_recall()
    {
        var pages = new[]
        {
            ShingleScorer.Score("a b c d e", "a b c d e f"), // P 2/3, R 1
            ShingleScorer.Score("a b c d", ""),            // P excluded, R 0
            ShingleScorer.Score("a b c d", "a b c d"),     // P 1, R 1, exact
        };

        var corpus = ShingleCorpusScore.From(pages);

        var precision = (2.0 / 3 + 1) / 2;
        var recall = 2.0 / 3;
        Assert.Equal(precision, corpus.Precision, 12);
        Assert.Equal(recall, corpus.Recall, 12);
        Assert.Equal(2 * precision * recall / (precision + recall), corpus.F1, 12);
        Assert.Equal(1.0 / 3, corpus.Accuracy, 12);
        Assert.Equal(3, corpus.Pages);
    }

    [Fact]
    public void Best_variant_is_chosen_per_page()
    {
        var score = ShingleScorer.ScoreBest(["intro para\nbody text goes on here", "body text goes on here"], "body text goes on here");

        Assert.True(score.ExactMatch);
        Assert.Equal(1, score.F1);
    }

    [Theory]
    [InlineData("naïve café_au-lait 42", new[] { "naïve", "café_au", "lait", "42" })]
    [InlineData("٣٤ Ⅻ ½", new[] { "٣٤", "Ⅻ", "½" })]
    [InlineData("Straße—München", new[] { "Straße", "München" })]
    public void Tokens_follow_python_unicode_word_characters(string text, string[] expected)
    {
        Assert.Equal(expected, WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Combining_marks_split_tokens_as_in_python()
    {
        // Python's \w excludes Mn: "e" + U+0301 (combining acute) + "x" gives two tokens there.
        Assert.Equal(new[] { "e", "x" }, WordTokenizer.Tokenize("e\u0301x"));
    }
}
