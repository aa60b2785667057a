using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// Finds the article's lead (standfirst, intro, summary, subtitle) when the page prints it in its own blocks before the chosen body,
/// so the text starts where the article does: blocks whose class names a lead, and prose blocks standing between the headline and the body.
/// </summary>
public sealed class LeadFinder(HtmlPatterns patterns)
{
    /// <summary>How many ancestors of the body are searched for preceding leads; wrappers holding nothing but the way down do not count.</summary>
    private const int MaxLevels = 3;

    /// <summary>How deep inside a preceding sibling a lead may be nested (header &gt; div.intro &gt; p).</summary>
    private const int MaxDepth = 6;

    private const int MinLeadChars = 40;

    /// <summary>A lead is a few sentences: more prose than this between headline and body is not a header any more.</summary>
    private const int MaxLeadChars = 1200;

    /// <summary>A teaser card is a link; a lead is prose.</summary>
    private const double MaxLeadLinkDensity = 0.3;

    /// <summary>The lead blocks before <paramref name="first"/> (the first part of the chosen content), in document order; empty when there is none.</summary>
    public IReadOnlyList<IElement> Find(IElement first, IElement body, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);

        // Collected nearest first: blocks named as leads, and prose blocks that only count once the headline above them is reached.
        var found = new List<(IElement Element, bool Named)>();
        var proseChars = 0;
        var headline = false;
        var stop = false;
        var namedOnly = false;
        var node = first;
        for (var level = 0; level < MaxLevels && !stop && node != body && node.ParentElement is { } parent; node = parent)
        {
            var hasSiblingText = false;
            for (var sibling = node.PreviousElementSibling; sibling is not null && !stop; sibling = sibling.PreviousElementSibling)
            {
                hasSiblingText |= stats[sibling].TextChars > 0;
                Scan(sibling, 0);
            }

            // The lead belongs to this article: past its container (article, or main when the page header with the headline sits outside
            // it) only a block named as a lead, in the header just before it, still counts.
            if (parent.TagName is "BODY" || namedOnly)
            {
                break;
            }

            namedOnly = parent.TagName is "ARTICLE" or "MAIN";

            if (hasSiblingText || stats[parent].TextChars > stats[node].TextChars)
            {
                level++;
            }
        }

        var withProse = headline && proseChars <= MaxLeadChars;
        var leads = new List<IElement>(found.Count);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Named || withProse)
            {
                leads.Add(found[i].Element);
            }
        }

        return leads;

        void Scan(IElement element, int depth)
        {
            if (HtmlTags.Invisible.Contains(element.TagName))
            {
                return;
            }

            if (pruned.IsRemoved(element))
            {
                // Some pages print the headline as the last crumb of a breadcrumb trail: it still marks where the article header starts.
                if (element.TagName == "H1" || element.Descendants<IElement>().Any(e => e.TagName == "H1"))
                {
                    headline = true;
                    stop = true;
                }

                return;
            }

            var s = stats[element];
            if (s.TextChars == 0)
            {
                return;
            }

            if (element.TagName == "H1")
            {
                headline = true;
                stop = true;
                return;
            }

            if (s.TextChars < MinLeadChars && s.HasBlockChild is false)
            {
                return;
            }

            if (s.TextChars >= MinLeadChars && patterns.Lead.IsMatch(element))
            {
                if (s.LinkDensity <= MaxLeadLinkDensity)
                {
                    found.Add((element, true));
                }

                return;
            }

            if (!s.HasBlockChild)
            {
                // A subtitle heading (deck, sub-head) is often left out of the body by publishers; a prose paragraph after the headline is the standfirst.
                if (!namedOnly && s.TextChars >= MinLeadChars && s.LinkDensity <= MaxLeadLinkDensity && !HtmlTags.IsHeading(element.TagName))
                {
                    found.Add((element, false));
                    proseChars += s.TextChars;
                }

                return;
            }

            if (depth >= MaxDepth)
            {
                return;
            }

            for (var child = element.LastElementChild; child is not null && !stop; child = child.PreviousElementSibling)
            {
                Scan(child, depth + 1);
            }
        }
    }
}
