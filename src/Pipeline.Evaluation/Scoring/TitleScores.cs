namespace Pipeline.Evaluation.Scoring;

/// <summary>Corpus title score: share of labelled pages whose title matches exactly (whitespace-normalised).</summary>
public sealed record TitleScores(int Pages, int Right)
{
    public double Accuracy => Pages == 0 ? 0 : (double)Right / Pages;
}
