using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Chooses the element holding the article body by scoring paragraphs and crediting their ancestors, weighted by link density and class/id hints.</summary>
public sealed class MainContentSelector(HtmlPatterns patterns)
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;
    private const double ClimbGain = 1.5;
    private const double ClimbMaxLinkDensity = 0.2;

    /// <summary>How far up from the chosen block the other chunks of a split body are looked for.</summary>
    private const int SplitChunkLevels = 3;

    private const double MaxChunkLinkDensity = 0.25;

    private const int MinSiblingChunkChars = MinParagraphChars * 4;

    public MainContent Select(IElement body, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        Visit(body);

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var score = (raw + InitialScore(element)) * (1 - stats[element].LinkDensity);
            scores[element] = score;
            if (score > bestScore)
            {
                bestScore = score;
                best = element;
            }
        }

        if (best is null)
        {
            return new MainContent(body, [body], 0);
        }

        best = ClimbToSplitBody(best, stats, body);
        var merged = MergeSiblings(best, bestScore, scores, stats, pruned);
        var withChunks = AddSplitChunks(best, merged, stats, pruned);
        return new MainContent(best, withChunks != merged ? withChunks : AddSiblingChunks(best, merged, stats, pruned), bestScore);

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

    /// <summary>Adds the other chunks of a body that the page split into several wrappers with the chosen block's exact class list (e.g. between ad rows), in document order.</summary>
    private static List<IElement> AddSplitChunks(IElement best, List<IElement> parts, TextStatistics stats, PruneMap pruned)
    {
        var cls = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls))
        {
            return parts;
        }

        var scope = best;
        for (var level = 0; level < SplitChunkLevels && scope.ParentElement is { } parent && scope.TagName != "BODY"; level++)
        {
            scope = parent;
        }

        var chosen = new HashSet<IElement>(parts, ReferenceEqualityComparer.Instance);
        var merged = new List<IElement>(parts.Count);
        var added = false;
        foreach (var element in scope.Descendants<IElement>())
        {
            if (chosen.Contains(element))
            {
                merged.Add(element);
            }
            else if (element.GetAttribute("class") == cls && IsChunk(element))
            {
                merged.Add(element);
                added = true;
            }
        }

        return added ? merged : parts;

        bool IsChunk(IElement element)
        {
            var s = stats[element];
            return s.ParagraphChars > 0
                && s.LinkDensity <= MaxChunkLinkDensity
                && !pruned.IsInsideRemoved(element)
                && !merged.Any(m => m.Contains(element))
                && !element.Contains(best);
        }
    }

    /// <summary>
    /// Adds the siblings of the chosen block's outermost wrapper (the ancestors that add no prose of their own) when they repeat that wrapper's
    /// tag and class list, hold low-link prose and repeat the template down to the chosen block: the page cut the body into identical
    /// containers (between teaser boxes, videos, ads). Promo or bio boxes that merely share a generic wrapper class differ below it.
    /// When siblings were merged into the chosen block, their common parent (a page-builder column of text widgets) is where the climb starts.
    /// </summary>
    private static List<IElement> AddSiblingChunks(IElement best, List<IElement> parts, TextStatistics stats, PruneMap pruned)
    {
        var unit = parts.Count > 1 && best.ParentElement is { TagName: not "BODY" } column ? column : best;
        var prose = stats[unit].ParagraphChars;
        while (unit.ParentElement is { } up && up.TagName != "BODY" && stats[up].ParagraphChars == prose)
        {
            unit = up;
        }

        if (unit == best || string.IsNullOrWhiteSpace(unit.GetAttribute("class")) || unit.ParentElement is not { } parent)
        {
            return parts;
        }

        var template = new List<IElement>();
        for (var element = best; element != unit; element = element.ParentElement!)
        {
            template.Add(element);
        }

        template.Reverse();
        var merged = new List<IElement>(parts.Count);
        var added = false;
        foreach (var sibling in parent.ElementChildren())
        {
            if (sibling == unit)
            {
                merged.AddRange(parts);
            }
            else if (SameShape(sibling, unit) && IsChunk(sibling))
            {
                merged.Add(sibling);
                added = true;
            }
        }

        return added ? merged : parts;

        bool IsChunk(IElement element)
        {
            var s = stats[element];
            // A one-line chunk (a programme note, a credit) is too little to tell body from template furniture.
            return s.ParagraphChars >= MinSiblingChunkChars && s.LinkDensity <= MaxChunkLinkDensity && !pruned.IsRemoved(element) && RepeatsTemplate(element, 0);
        }

        bool RepeatsTemplate(IElement element, int depth)
        {
            if (depth == template.Count)
            {
                return true;
            }

            foreach (var child in element.ElementChildren())
            {
                if (SameShape(child, template[depth]) && RepeatsTemplate(child, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Same tag and class list, ignoring class tokens with digits: builders number each instance of a template (tdi_3_118, tdi_11_47e).</summary>
    private static bool SameShape(IElement a, IElement b) => a.TagName == b.TagName && TemplateClass(a) == TemplateClass(b);

    private static string TemplateClass(IElement element)
    {
        var cls = element.GetAttribute("class");
        if (cls is null || !cls.Any(char.IsAsciiDigit))
        {
            return cls ?? string.Empty;
        }

        return string.Join(' ', cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(token => !token.Any(char.IsAsciiDigit)));
    }

    private double InitialScore(IElement element)
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

        if (element.GetAttribute("itemprop") is "articleBody")
        {
            score += 50;
        }

        return score;
    }

    private static List<IElement> MergeSiblings(IElement best, double bestScore, Dictionary<IElement, double> scores, TextStatistics stats, PruneMap pruned)
    {
        var parent = best.ParentElement;
        if (parent is null)
        {
            return [best];
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var parts = new List<IElement>();
        foreach (var sibling in parent.ElementChildren())
        {
            if (sibling == best)
            {
                parts.Add(sibling);
                continue;
            }

            if (pruned.IsRemoved(sibling))
            {
                continue;
            }

            var s = stats[sibling];
            if (scores.TryGetValue(sibling, out var score) && score >= threshold)
            {
                parts.Add(sibling);
            }
            else if (sibling.TagName == "P" && ((s.TextChars > 80 && s.LinkDensity < 0.25) || (s.TextChars > 0 && s.LinkDensity == 0 && sibling.TextContent.TrimEnd().EndsWith('.'))))
            {
                parts.Add(sibling);
            }
        }

        return parts;
    }
}
