using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Marks the article's tag lists as removed: the block made of links that declare themselves tags (rel="tag", the microformat blog engines
/// put on links to tag and category pages), with its label and separators ("Tags: a, b, c"). Keywords of the page, not its text, whatever
/// the class of the box around them.
/// </summary>
public static class TagListPruner
{
    /// <summary>A block is a tag list while tag links make at least this share of its text; the rest is the label and separators.</summary>
    public const double MinTagShare = 0.6;

    /// <summary>Marks the tag lists under <paramref name="body"/> in <paramref name="pruned"/>, measured by <paramref name="raw"/>.</summary>
    public static void Prune(IElement body, TextStatistics raw, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pruned);
        Dictionary<IElement, int>? tagChars = null;
        foreach (var link in body.ElementsNamed("a"))
        {
            if (IsTagLink(link) && link.ParentElement is { } parent && parent != body)
            {
                tagChars ??= new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
                tagChars[parent] = tagChars.GetValueOrDefault(parent) + raw[link].TextChars;
            }
        }

        if (tagChars is null)
        {
            return;
        }

        foreach (var (parent, chars) in tagChars)
        {
            if (chars == 0 || chars < MinTagShare * raw[parent].TextChars || pruned.IsInsideRemoved(parent))
            {
                continue;
            }

            // Climb while the wrapper adds no more than the label: "<div class=tags><span>Tags:</span> <p>a, b</p></div>".
            var list = parent;
            while (list.ParentElement is { } up && up != body && chars >= MinTagShare * raw[up].TextChars)
            {
                list = up;
            }

            pruned.Remove(list, RemovalReasons.Navigation);
        }
    }

    private static bool IsTagLink(IElement link) =>
        link.GetAttribute("rel") is { } rel && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("tag", StringComparer.OrdinalIgnoreCase);
}
