using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Gathers the other chunks of an article body that the page cut into several containers (between ad rows, teaser boxes, videos), in document order.</summary>
internal static class SplitBodyChunks
{
    /// <summary>How far up from the chosen block the other chunks of a split body are looked for.</summary>
    private const int SameClassLevels = 3;

    private const double MaxChunkLinkDensity = 0.25;

    /// <summary>A one-line chunk (a programme note, a credit) is too little to tell body from template furniture.</summary>
    private const int MinTemplateChunkChars = ContentScores.MinParagraphChars * 4;

    /// <summary>The chosen parts with the body's other chunks added: those that share the chosen block's exact class list, else the siblings that repeat its template.</summary>
    public static List<IElement> Gather(IElement root, List<IElement> parts, TextStatistics stats, PruneMap pruned)
    {
        var withSameClass = AddSameClassChunks(root, parts, stats, pruned);
        return withSameClass != parts ? withSameClass : AddTemplateSiblings(root, parts, stats, pruned);
    }

    /// <summary>Adds the chunks a few levels around the chosen block that carry its exact class list (e.g. one grid per chunk between ad rows).</summary>
    private static List<IElement> AddSameClassChunks(IElement root, List<IElement> parts, TextStatistics stats, PruneMap pruned)
    {
        var cls = root.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls))
        {
            return parts;
        }

        var scope = root;
        for (var level = 0; level < SameClassLevels && scope.ParentElement is { } parent && scope.TagName != "BODY"; level++)
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
                && !element.Contains(root);
        }
    }

    /// <summary>
    /// Adds the siblings of the chosen block's outermost wrapper (the ancestors that add no prose of their own) when they repeat that wrapper's
    /// tag and class list, hold low-link prose and repeat the template down to the chosen block: the page cut the body into identical
    /// containers. Promo or bio boxes that merely share a generic wrapper class differ below it.
    /// When siblings were merged into the chosen block, their common parent (a page-builder column of text widgets) is where the climb starts.
    /// </summary>
    private static List<IElement> AddTemplateSiblings(IElement root, List<IElement> parts, TextStatistics stats, PruneMap pruned)
    {
        var unit = parts.Count > 1 && root.ParentElement is { TagName: not "BODY" } column ? column : root;
        var prose = stats[unit].ParagraphChars;
        while (unit.ParentElement is { } up && up.TagName != "BODY" && stats[up].ParagraphChars == prose)
        {
            unit = up;
        }

        if (unit == root || string.IsNullOrWhiteSpace(unit.GetAttribute("class")) || unit.ParentElement is not { } parent)
        {
            return parts;
        }

        var template = new List<IElement>();
        for (var element = root; element != unit; element = element.ParentElement!)
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
            else if (TemplateShape.Same(sibling, unit) && IsChunk(sibling))
            {
                merged.Add(sibling);
                added = true;
            }
        }

        return added ? merged : parts;

        bool IsChunk(IElement element)
        {
            var s = stats[element];
            return s.ParagraphChars >= MinTemplateChunkChars && s.LinkDensity <= MaxChunkLinkDensity && !pruned.IsRemoved(element) && RepeatsTemplate(element, 0);
        }

        bool RepeatsTemplate(IElement element, int depth)
        {
            if (depth == template.Count)
            {
                return true;
            }

            foreach (var child in element.ElementChildren())
            {
                if (TemplateShape.Same(child, template[depth]) && RepeatsTemplate(child, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
