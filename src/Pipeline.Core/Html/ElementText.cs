using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// The start of an element's text content, read only as far as needed. <c>TextContent</c> builds the whole subtree's text,
/// which on a page wrapper is the entire page; audits and length checks need at most a few hundred characters.
/// </summary>
public static class ElementText
{
    /// <summary>The first <paramref name="maxChars"/> characters of <c>element.TextContent</c> (all of it when shorter).</summary>
    public static string Leading(IElement element, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(element);
        var text = new StringBuilder();
        Append(element, text, maxChars);
        return text.Length > maxChars ? text.ToString(0, maxChars) : text.ToString();
    }

    /// <summary>The length of <c>element.TextContent</c>, or <paramref name="cap"/> when it is at least that long.</summary>
    public static int Length(IElement element, int cap)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Math.Min(cap, Count(element, cap));
    }

    private static void Append(INode node, StringBuilder text, int maxChars)
    {
        foreach (var child in node.NodeChildren())
        {
            if (text.Length >= maxChars)
            {
                break;
            }

            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement)
            {
                Append(child, text, maxChars);
            }
        }
    }

    private static int Count(INode node, int cap)
    {
        var length = 0;
        foreach (var child in node.NodeChildren())
        {
            if (length >= cap)
            {
                break;
            }

            if (child is IText t)
            {
                length += t.Data.Length;
            }
            else if (child is IElement)
            {
                length += Count(child, cap - length);
            }
        }

        return length;
    }
}
