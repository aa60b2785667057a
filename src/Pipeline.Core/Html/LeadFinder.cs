using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Finds the article's lead (standfirst, intro, summary) when the page prints it in its own block just before the chosen body, so the text starts where the article does.</summary>
public sealed class LeadFinder(HtmlPatterns patterns)
{
    /// <summary>How many ancestors of the body are searched for a preceding lead: the lead sits in the article's header, close to the body.</summary>
    private const int MaxLevels = 3;

    /// <summary>How deep inside a preceding sibling the lead may be nested (header &gt; div.intro &gt; p).</summary>
    private const int MaxDepth = 4;

    private const int MinLeadChars = 40;

    /// <summary>A teaser card is a link; a lead is prose.</summary>
    private const double MaxLeadLinkDensity = 0.3;

    /// <summary>The lead block before <paramref name="first"/> (the first part of the chosen content), or null.</summary>
    public IElement? Find(IElement first, IElement body, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var node = first;
        for (var level = 0; level < MaxLevels && node != body && node.ParentElement is { } parent; level++, node = parent)
        {
            for (var sibling = node.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                if (FindIn(sibling, 0) is { } lead)
                {
                    return lead;
                }
            }

            // The lead belongs to this article: never look past its container.
            if (parent.TagName is "ARTICLE" or "MAIN" or "BODY")
            {
                break;
            }
        }

        return null;

        IElement? FindIn(IElement element, int depth)
        {
            if (pruned.IsRemoved(element) || HtmlTags.Invisible.Contains(element.TagName))
            {
                return null;
            }

            var s = stats[element];
            if (s.TextChars < MinLeadChars)
            {
                return null;
            }

            if (patterns.Lead.IsMatch(element))
            {
                return s.LinkDensity <= MaxLeadLinkDensity ? element : null;
            }

            if (depth >= MaxDepth)
            {
                return null;
            }

            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (FindIn(child, depth + 1) is { } lead)
                {
                    return lead;
                }
            }

            return null;
        }
    }
}
