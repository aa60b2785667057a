using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Scores of the body's candidate containers: each paragraph credits its nearest ancestors, then tag, class/id hints and link density weigh each ancestor.</summary>
internal sealed class ContentScores
{
    /// <summary>Shorter text is a caption, a label or a button, not a paragraph that says where the body is.</summary>
    internal const int MinParagraphChars = 25;

    private const int AncestorLevels = 5;

    private readonly Dictionary<IElement, double> _byElement;

    private ContentScores(Dictionary<IElement, double> byElement, IElement? best, double bestScore)
    {
        _byElement = byElement;
        Best = best;
        BestScore = bestScore;
    }

    /// <summary>The highest-scoring container, or null when the body holds no paragraph.</summary>
    public IElement? Best { get; }

    /// <summary>The best container's score; <see cref="double.MinValue"/> when there is none.</summary>
    public double BestScore { get; }

    /// <summary>The element's score, or false when no paragraph credited it.</summary>
    public bool TryGetScore(IElement element, out double score) => _byElement.TryGetValue(element, out score);

    public static ContentScores Compute(IElement body, TextStatistics stats, PruneMap pruned, HtmlPatterns patterns)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        Visit(body);

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, credit) in scores)
        {
            var score = (credit + TagAndHintScore(element, patterns)) * (1 - stats[element].LinkDensity);
            scores[element] = score;
            if (score > bestScore)
            {
                bestScore = score;
                best = element;
            }
        }

        return new ContentScores(scores, best, bestScore);

        void Visit(IElement element)
        {
            foreach (var child in element.ElementChildren())
            {
                if (pruned.IsRemoved(child))
                {
                    continue;
                }

                var s = stats[child];
                if (s.ParagraphChars == 0)
                {
                    continue;
                }

                if (s.ParagraphChars == s.TextChars && !s.HasBlockChild && s.TextChars >= MinParagraphChars)
                {
                    Credit(child, s);
                    continue;
                }

                if (s.DirectTextChars >= MinParagraphChars * 4)
                {
                    // Text written straight into a container (with <br>s) is a paragraph of that container.
                    Credit(child, s with { TextChars = s.DirectTextChars });
                }

                Visit(child);
            }
        }

        // Closer ancestors get more: the body's own container should beat the page wrapper that also holds the sidebars.
        void Credit(IElement paragraph, NodeStats s)
        {
            var score = 1 + s.Commas + Math.Min(s.TextChars / 100, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 1; level <= AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                var divider = level switch { 1 => 1.0, 2 => 2.0, _ => level * 3.0 };
                scores[ancestor] = scores.GetValueOrDefault(ancestor) + (score / divider);
                if (ancestor == body)
                {
                    break;
                }
            }
        }
    }

    /// <summary>What the element's tag, its class/id words and articleBody microdata say before any paragraph is counted.</summary>
    private static double TagAndHintScore(IElement element, HtmlPatterns patterns)
    {
        var score = element.TagName switch
        {
            "ARTICLE" => 10,
            "MAIN" => 5,
            "DIV" => 5,
            "SECTION" => 3,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "TH" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => -5,
            "BODY" => -10,
            _ => 0,
        };
        var classAndId = ClassIdPattern.ClassAndId(element);
        if (patterns.Negative.Match(classAndId) is not null)
        {
            score -= 25;
        }

        if (patterns.Positive.Match(classAndId) is not null)
        {
            score += 25;
        }

        if (HtmlTags.DeclaresArticleBody(element))
        {
            score += 50;
        }

        return score;
    }
}
