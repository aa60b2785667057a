using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Text;

namespace Pipeline.Evaluation.Scoring;

/// <summary>The trafilatura snippet metric: whitespace-collapsed, case-sensitive substring tests.</summary>
public static class SnippetScorer
{
    /// <summary>Counts one page; pass an empty text for a crash (all with-snippets missed, all without-snippets absent).</summary>
    public static SnippetCounts Score(SnippetLabels labels, string? extracted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var text = WhitespaceCollapser.Collapse(extracted);
        var found = labels.With.Count(s => text.Contains(WhitespaceCollapser.Collapse(s), StringComparison.Ordinal));
        var leaked = labels.Without.Count(s => text.Contains(WhitespaceCollapser.Collapse(s), StringComparison.Ordinal));
        return new SnippetCounts(found, leaked, labels.With.Count - found, labels.Without.Count - leaked);
    }

    /// <summary>Which snippets one page got wrong, under the same matching as <see cref="Score"/>, for the verbose report.</summary>
    public static SnippetMisses Misses(SnippetLabels labels, string? extracted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var text = WhitespaceCollapser.Collapse(extracted);
        bool Found(string snippet) => text.Contains(WhitespaceCollapser.Collapse(snippet), StringComparison.Ordinal);
        return new SnippetMisses(labels.With.Where(s => !Found(s)).ToList(), labels.Without.Where(Found).ToList());
    }
}
