using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Chooses the element holding the article body: the best-scored container, widened to a split body, with the sibling parts and chunks that belong to it.</summary>
public sealed class MainContentSelector(HtmlPatterns patterns)
{
    private const double ClimbGain = 1.5;
    private const double ClimbMaxLinkDensity = 0.2;

    /// <summary>A sibling scoring at least this share of the best score is another part of the same body.</summary>
    private const double MinSiblingScoreShare = 0.2;

    private const double MinSiblingScore = 10;

    public MainContent Select(IElement body, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var scores = ContentScores.Compute(body, stats, pruned, patterns);
        if (scores.Best is null)
        {
            return new MainContent(body, [body], 0);
        }

        var root = ClimbToSplitBody(scores.Best, stats, body);
        var parts = MergeSiblings(root, scores, stats, pruned);
        return new MainContent(root, SplitBodyChunks.Gather(root, parts, stats, pruned), scores.BestScore);
    }

    /// <summary>Climbs while the parent holds much more low-link prose than the chosen block: the body was split into sibling chunks.</summary>
    private static IElement ClimbToSplitBody(IElement best, TextStatistics stats, IElement body)
    {
        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            var inner = stats[best];
            var outer = stats[parent];
            if (outer.LinkDensity > ClimbMaxLinkDensity)
            {
                break;
            }

            if (outer.ParagraphChars >= ClimbGain * inner.ParagraphChars)
            {
                best = parent;
                continue;
            }

            // A wrapper that adds no prose of its own (div.paragraph > div > p): the chunks may still be its parent's children.
            if (outer.ParagraphChars > inner.ParagraphChars)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>The chosen block and, in document order, its siblings that scored close to it or are prose paragraphs: bodies often go on in bare &lt;p&gt; siblings of their best-scored wrapper.</summary>
    private static List<IElement> MergeSiblings(IElement root, ContentScores scores, TextStatistics stats, PruneMap pruned)
    {
        var parent = root.ParentElement;
        if (parent is null)
        {
            return [root];
        }

        var threshold = Math.Max(MinSiblingScore, scores.BestScore * MinSiblingScoreShare);
        var parts = new List<IElement>();
        foreach (var sibling in parent.ElementChildren())
        {
            if (sibling == root)
            {
                parts.Add(sibling);
                continue;
            }

            if (pruned.IsRemoved(sibling))
            {
                continue;
            }

            if ((scores.TryGetScore(sibling, out var score) && score >= threshold) || IsProseParagraph(sibling, stats[sibling]))
            {
                parts.Add(sibling);
            }
        }

        return parts;
    }

    /// <summary>A paragraph of low-link prose, or a link-free sentence however short.</summary>
    private static bool IsProseParagraph(IElement element, NodeStats s) =>
        element.TagName == "P" && ((s.TextChars > 80 && s.LinkDensity < 0.25) || (s.TextChars > 0 && s.LinkDensity == 0 && element.TextContent.TrimEnd().EndsWith('.')));
}
