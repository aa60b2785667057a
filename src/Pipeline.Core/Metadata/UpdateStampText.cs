using System.Text;
using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>
/// A dated element's visible text without the update stamps inside it: a theme's hidden "updated" span
/// (&lt;span class="updated rich-snippet-hidden"&gt;2022-12-07T10:10:52+01:00&lt;/span&gt;&lt;span&gt;25. Dezember 2022&lt;/span&gt;) dates the last edit, not the story.
/// </summary>
public static class UpdateStampText
{
    /// <summary>The text of <paramref name="element"/> with every descendant marked as an update (and not also as the publication) left out; null when it holds none.</summary>
    public static string? Without(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!HoldsUpdateStamp(element))
        {
            return null;
        }

        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    /// <summary>Whether the element's class, id or itemprop names an update ("updated", "modified", "dateModified") and not the publication.</summary>
    public static bool IsUpdateStamp(IElement element)
    {
        // Asked of every element inside every dated element: the three marks are searched apart rather than joined into a new string.
        string? className = element.ClassName, id = element.Id, itemprop = element.GetAttribute("itemprop");
        return (Names(className, "updated") || Names(id, "updated") || Names(itemprop, "updated")
                || Names(className, "modified") || Names(id, "modified") || Names(itemprop, "modified"))
            && !Names(className, "publish") && !Names(id, "publish") && !Names(itemprop, "publish");
    }

    private static bool Names(string? mark, string word) => mark is not null && mark.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool HoldsUpdateStamp(IElement element)
    {
        foreach (var child in element.ElementChildren())
        {
            if (IsUpdateStamp(child) || HoldsUpdateStamp(child))
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.NodeChildren())
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !HtmlTags.Invisible.Contains(e.TagName) && !IsUpdateStamp(e))
            {
                Append(e, text);
            }
        }
    }
}
