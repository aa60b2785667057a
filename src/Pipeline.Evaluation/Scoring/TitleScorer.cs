using Pipeline.Evaluation.Text;

namespace Pipeline.Evaluation.Scoring;

/// <summary>Title metric: exact match after whitespace normalisation (case-sensitive).</summary>
public static class TitleScorer
{
    public static bool Matches(string label, string? predicted) =>
        string.Equals(WhitespaceCollapser.Collapse(label), WhitespaceCollapser.Collapse(predicted), StringComparison.Ordinal);
}
