using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The dated elements of a listing: a page's own date stands once in its head, while a list of other stories (latest posts, a related grid)
/// repeats one card template, so the same element in the same kind of parent recurs with each card's date.
/// </summary>
internal static class ListingDates
{
    /// <summary>A template repeated this often is a list of cards; two copies can be the story's date in its head and its foot.</summary>
    private const int MinCards = 3;

    /// <summary>The dated elements that share their tag, class and id, and their parent's tag and class, with at least <see cref="MinCards"/> - 1 others; null when none do.</summary>
    public static HashSet<IElement>? Of(IReadOnlyList<OrderedElement> dates)
    {
        if (dates.Count < MinCards)
        {
            return null;
        }

        var counts = new Dictionary<(string, string?, string?, string?, string?), int>(dates.Count);
        foreach (var (element, _) in dates)
        {
            var key = Template(element);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        HashSet<IElement>? listed = null;
        foreach (var (element, _) in dates)
        {
            if (counts[Template(element)] >= MinCards)
            {
                (listed ??= []).Add(element);
            }
        }

        return listed;
    }

    private static (string, string?, string?, string?, string?) Template(IElement element) =>
        (element.LocalName, element.ClassName, element.Id, element.ParentElement?.LocalName, element.ParentElement?.ClassName);
}
