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
        var text = Read(element, maxChars);
        return text.Length > maxChars ? text.ToString(0, maxChars) : text.ToString();
    }

    /// <summary>
    /// The first <paramref name="maxChars"/> characters of the element's visible text, folded by <see cref="Input.WhitespaceFolder.FoldLine(StringBuilder)"/>:
    /// the same string as folding <see cref="Leading"/>, without making the unfolded one.
    /// </summary>
    public static string Folded(IElement element, int maxChars = int.MaxValue)
    {
        var text = Read(element, maxChars);
        if (text.Length > maxChars)
        {
            text.Length = maxChars;
        }

        return Input.WhitespaceFolder.FoldLine(text);
    }

    // Every stage reads element texts by the hundred per page: one builder per thread serves them all. Nothing it calls reads another
    // element's text, so a caller is done with the builder before the next call takes it.
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>Larger builders are not kept: one huge page must not hold its text for the thread's lifetime.</summary>
    private const int MaxKeptCapacity = 1 << 16;

    private static StringBuilder Read(IElement element, int maxChars, bool blockBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(element);
        var text = t_text is { Capacity: <= MaxKeptCapacity } kept ? kept.Clear() : (t_text = new StringBuilder());
        Append(element, text, maxChars, blockBreaks);
        return text;
    }

    /// <summary>
    /// As <see cref="Folded"/>, with a space where a block (a paragraph, a heading, a list item, a line break) begins or ends: the text of a
    /// removed section as a reader sees it ("1 comment Tom Reed …"), not its blocks run together ("1 commentTom Reed …") where the markup
    /// puts no space between them.
    /// </summary>
    public static string FoldedAcrossBlocks(IElement element, int maxChars = int.MaxValue)
    {
        var text = Read(element, maxChars, blockBreaks: true);
        if (text.Length > maxChars)
        {
            text.Length = maxChars;
        }

        return Input.WhitespaceFolder.FoldLine(text);
    }

    /// <summary>The length of the element's visible text, or <paramref name="cap"/> when it is at least that long.</summary>
    public static int Length(IElement element, int cap)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Math.Min(cap, Count(element, cap));
    }

    private static void Append(INode node, StringBuilder text, int maxChars, bool blockBreaks)
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
                var breaks = blockBreaks && HtmlTags.Block.Contains(e.TagName);
                if (breaks)
                {
                    text.Append(' ');
                }

                Append(child, text, maxChars, blockBreaks);
                if (breaks)
                {
                    text.Append(' ');
                }
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
