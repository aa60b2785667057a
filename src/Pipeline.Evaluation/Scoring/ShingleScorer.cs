using Pipeline.Evaluation.Text;

namespace Pipeline.Evaluation.Scoring;

/// <summary>The Article Extraction Benchmark metric: multisets of 4-token shingles compared per page.</summary>
public static class ShingleScorer
{
    private const int ShingleSize = 4;

    /// <summary>Scores <paramref name="predicted"/> against one true text.</summary>
    public static ShinglePageScore Score(string? truth, string? predicted)
    {
        var trueTokens = WordTokenizer.Tokenize(truth);
        var predictedTokens = WordTokenizer.Tokenize(predicted);
        var trueShingles = CountShingles(trueTokens);
        var predictedShingles = CountShingles(predictedTokens);

        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, trueCount) in trueShingles)
        {
            predictedShingles.TryGetValue(shingle, out var predictedCount);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            trueShingles.TryGetValue(shingle, out var trueCount);
            fp += Math.Max(0, predictedCount - trueCount);
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        return new ShinglePageScore(tp, fp, fn, trueTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal));
    }

    /// <summary>Scores against several acceptable truths (e.g. with and without optional paragraphs) and keeps the best page F1.</summary>
    public static ShinglePageScore ScoreBest(IReadOnlyList<string> truthVariants, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(truthVariants);
        if (truthVariants.Count == 0)
        {
            throw new ArgumentException("At least one true text is needed.", nameof(truthVariants));
        }

        ShinglePageScore? best = null;
        foreach (var truth in truthVariants)
        {
            var score = Score(truth, predicted);
            if (best is null || score.F1 > best.F1 || (score.F1 == best.F1 && score.ExactMatch && !best.ExactMatch))
            {
                best = score;
            }
        }

        return best!;
    }

    private static Dictionary<string, int> CountShingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        // A text shorter than one shingle still gives one (shorter) shingle, as in the published scorer.
        var shingleCount = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < shingleCount; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }
}
