namespace Pipeline.Evaluation.Scoring;

/// <summary>Date confusion counts (htmldate metric, day level) plus same-instant checks where both sides carry an offset.</summary>
public sealed record DateCounts(int Tp, int Fp, int Fn, int Tn, int InstantRight, int InstantCompared)
{
    public static DateCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);

    /// <summary>(TP+TN)/(TP+TN+FP+FN); for sets without null labels this is the share of pages with the right day.</summary>
    public double Accuracy => Tp + Fp + Fn + Tn == 0 ? 0 : (double)(Tp + Tn) / (Tp + Fp + Fn + Tn);

    /// <summary>Share of pages, among those where both dates carry an offset, that name the same instant.</summary>
    public double InstantAccuracy => InstantCompared == 0 ? 0 : (double)InstantRight / InstantCompared;

    public static DateCounts operator +(DateCounts left, DateCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Tp + right.Tp, left.Fp + right.Fp, left.Fn + right.Fn, left.Tn + right.Tn, left.InstantRight + right.InstantRight, left.InstantCompared + right.InstantCompared);
    }

    public static DateCounts Add(DateCounts left, DateCounts right) => left + right;
}
