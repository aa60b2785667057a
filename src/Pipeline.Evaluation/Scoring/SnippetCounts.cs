namespace Pipeline.Evaluation.Scoring;

/// <summary>Snippet confusion counts (trafilatura metric): with-snippets found are TP, missing FN; without-snippets found FP, absent TN.</summary>
public sealed record SnippetCounts(int Tp, int Fp, int Fn, int Tn)
{
    public static SnippetCounts Zero { get; } = new(0, 0, 0, 0);

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);

    public double Accuracy => Tp + Fp + Fn + Tn == 0 ? 0 : (double)(Tp + Tn) / (Tp + Fp + Fn + Tn);

    public static SnippetCounts operator +(SnippetCounts left, SnippetCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Tp + right.Tp, left.Fp + right.Fp, left.Fn + right.Fn, left.Tn + right.Tn);
    }

    public static SnippetCounts Add(SnippetCounts left, SnippetCounts right) => left + right;
}
