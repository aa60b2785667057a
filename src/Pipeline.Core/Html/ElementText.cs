using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// An element's visible text, read only as far as needed. <c>TextContent</c> builds the whole subtree's text, which on a page
/// wrapper is the entire page, and includes script and style bodies, which no reader sees: a caption, a comment or an audit
/// entry must not carry JavaScript, nor a length check count it.
/// </summary>
public static class ElementText
{
    /// <summary>The element's visible text: <c>TextContent</c> without the text of invisible descendants (scripts, styles, templates).</summary>
    public static string All(IElement element) => Leading(element, int.MaxValue);

    /// <summary>The first <paramref name="maxChars"/> characters of the element's visible text (all of it when shorter).</summary>
    public static string Leading(IElement element, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(element);
        var text = new StringBuilder();
        Append(element, text, maxChars);
        return text.Length > maxChars ? text.ToString(0, maxChars) : text.ToString();
    }

    /// <summary>The length of the element's visible text, or <paramref name="cap"/> when it is at least that long.</summary>
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
            else if (child is IElement e && !HtmlTags.Invisible.Contains(e.TagName))
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
            else if (child is IElement e && !HtmlTags.Invisible.Contains(e.TagName))
            {
                length += Count(child, cap - length);
            }
        }

        return length;
    }
}
