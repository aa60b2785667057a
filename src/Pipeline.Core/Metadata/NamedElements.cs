using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>
/// What <c>QuerySelector</c> and <c>Closest</c> find for plain tag-name selectors (names compared ignoring case, as the selector engine
/// does), walked by index: the selector engine parses the selector on every call and steps through the tree with enumerators.
/// </summary>
internal static class NamedElements
{
    /// <summary>The first descendant element named <paramref name="name"/> in document order (<c>QuerySelector(name)</c>), or null.</summary>
    public static IElement? FirstDescendant(INode parent, string name)
    {
        foreach (var child in parent.ElementChildren())
        {
            if (string.Equals(child.LocalName, name, StringComparison.OrdinalIgnoreCase))
            {
                return child;
            }

            if (FirstDescendant(child, name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The element or its nearest ancestor named <paramref name="name"/> (<c>Closest(name)</c>), or null.</summary>
    public static IElement? Closest(IElement element, string name) => Closest(element, name, name);

    /// <summary>The element or its nearest ancestor named <paramref name="name"/> or <paramref name="otherName"/> (<c>Closest("name, otherName")</c>), or null.</summary>
    public static IElement? Closest(IElement element, string name, string otherName)
    {
        for (IElement? at = element; at is not null; at = at.ParentElement)
        {
            if (string.Equals(at.LocalName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(at.LocalName, otherName, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return null;
    }
}
