namespace Pipeline.Evaluation.Scoring;

/// <summary>One page's AEB shingle counts, each divided by their sum so that every page weighs the same.</summary>
/// <param name="Tp">Share of shingles found in both texts.</param>
/// <param name="Fp">Share of shingles only in the prediction.</param>
/// <param name="Fn">Share of shingles only in the truth.</param>
/// <param name="ExactMatch">True when the token sequences are identical.</param>
public sealed record ShinglePageScore(double Tp, double Fp, double Fn, bool ExactMatch)
{
    /// <summary>1 when nothing is wrong, 0 when nothing was predicted right, else TP/(TP+FP).</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);

    /// <summary>1 when nothing is wrong, 0 when nothing true was found, else TP/(TP+FN).</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);

    /// <summary>Per-page F1, used to rank pages and to pick the best truth variant (not the corpus F1).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Whether this page counts towards the corpus precision mean (it predicted something).</summary>
    public bool CountsForPrecision => Tp + Fp > 0;

    /// <summary>Whether this page counts towards the corpus recall mean (its truth has something).</summary>
    public bool CountsForRecall => Tp + Fn > 0;
}
