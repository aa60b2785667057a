namespace Pipeline.Evaluation.Scoring;

/// <summary>Corpus author scores: exact-set accuracy and micro per-name precision/recall.</summary>
public sealed record AuthorScores(int Pages, int ExactSetRight, int NamesMatched, int NamesPredicted, int NamesLabelled)
{
    public double ExactSetAccuracy => Pages == 0 ? 0 : (double)ExactSetRight / Pages;

    public double NamePrecision => NamesPredicted == 0 ? 0 : (double)NamesMatched / NamesPredicted;

    public double NameRecall => NamesLabelled == 0 ? 0 : (double)NamesMatched / NamesLabelled;
}
