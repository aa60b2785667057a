using Pipeline.Evaluation.Text;

namespace Pipeline.Evaluation.Scoring;

/// <summary>Author scoring: exact set match (authors, or with agencies, or with agencies and site name) and per-name counts.</summary>
public static class NameSetScorer
{
    /// <summary>One page's author result.</summary>
    /// <param name="ExactSet">The labelled set equals one of the accepted predicted sets.</param>
    /// <param name="Matched">Predicted names (authors and agencies) found in the label.</param>
    /// <param name="Predicted">Predicted names (authors and agencies), distinct after normalisation.</param>
    /// <param name="Labelled">Labelled names, distinct after normalisation.</param>
    public sealed record Result(bool ExactSet, int Matched, int Predicted, int Labelled);

    public static Result Score(IReadOnlyList<string> labelled, IReadOnlyList<string> authors, IReadOnlyList<string> agencies, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(agencies);
        var truth = Normalise(labelled);
        var byAuthors = Normalise(authors);
        var withAgencies = Normalise(authors.Concat(agencies));
        var withSite = string.IsNullOrWhiteSpace(siteName) ? withAgencies : Normalise(authors.Concat(agencies).Append(siteName));
        var exact = truth.SetEquals(byAuthors) || truth.SetEquals(withAgencies) || truth.SetEquals(withSite);
        return new Result(exact, withAgencies.Count(truth.Contains), withAgencies.Count, truth.Count);
    }

    /// <summary>Case-folded (invariant lower case) and whitespace-collapsed name, the form names are compared in.</summary>
    public static string NormaliseName(string name) => WhitespaceCollapser.Collapse(name).ToLowerInvariant();

    private static HashSet<string> Normalise(IEnumerable<string> names) =>
        names.Select(NormaliseName).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
}
