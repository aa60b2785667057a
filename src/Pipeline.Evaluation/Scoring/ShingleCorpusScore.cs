namespace Pipeline.Evaluation.Scoring;

/// <summary>Corpus AEB scores: mean per-page precision and recall, F1 of those means, exact-match accuracy.</summary>
public sealed record ShingleCorpusScore(double Precision, double Recall, double F1, double Accuracy, int Pages)
{
    /// <summary>Aggregates page scores exactly as the published benchmark does (F1 of the means, not mean of F1s).</summary>
    public static ShingleCorpusScore From(IReadOnlyCollection<ShinglePageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precisions = pages.Where(p => p.CountsForPrecision).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.CountsForRecall).Select(p => p.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : (double)pages.Count(p => p.ExactMatch) / pages.Count;
        return new ShingleCorpusScore(precision, recall, f1, accuracy, pages.Count);
    }
}
