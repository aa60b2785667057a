using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Tells a date inside a microdata item of another work (an embedded video's upload day, a comment's, an event's) from the story's own.</summary>
internal sealed class OtherWorkItem(MetadataRules rules)
{
    private readonly HashSet<string> _types = new(rules.OtherWorkItemTypes, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the nearest item holding <paramref name="element"/> is typed as another work ("http://schema.org/VideoObject") and does not
    /// hold the page's <paramref name="heading"/>: on a video's own page the item is the story, and its date the page's.
    /// </summary>
    public bool Dates(IElement element, IElement? heading)
    {
        for (var item = element; item is not null; item = item.ParentElement)
        {
            if (!item.HasAttribute("itemscope"))
            {
                continue;
            }

            return item.GetAttribute("itemtype") is { } itemType && _types.Contains(TypeName(itemType)) && (heading is null || !item.Contains(heading));
        }

        return false;
    }

    /// <summary>The type's name: the last segment of its URL ("https://schema.org/VideoObject"), of the first type when several are listed.</summary>
    private static string TypeName(string itemType)
    {
        var first = itemType.AsSpan().Trim();
        var space = first.IndexOf(' ');
        if (space > 0)
        {
            first = first[..space];
        }

        var slash = first.TrimEnd('/').LastIndexOf('/');
        return first.TrimEnd('/')[(slash + 1)..].ToString();
    }
}
