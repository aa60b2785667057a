using AngleSharp.Dom;
using Pipeline.Core.Text;

namespace Pipeline.Core.Html;

/// <summary>Tells a link-dense list whose items are sentences that run into their links ("Neil has patches up to &lt;a&gt;…&lt;/a&gt;, and &lt;a&gt;…&lt;/a&gt;")
/// from a list of links to other pages, whose items are a link alone or behind a short label ("Read more:", "Opinion").</summary>
internal static class ProseLedList
{
    /// <summary>An item opens with running prose when its text before any markup holds at least this many words: labels are one to three (in scripts without spaces, two characters count as a word).</summary>
    private const int MinLeadWords = 4;

    /// <summary>Whether every item of the list <paramref name="list"/> (UL or OL) opens with words of running prose before its first link, or heads a nested list, and one at least opens with prose.</summary>
    /// <remarks>Reads only the first node of each item, and only for the few lists the link-density check would drop.</remarks>
    public static bool Is(IElement list)
    {
        if (list.TagName is not ("UL" or "OL"))
        {
            return false;
        }

        var proseItems = 0;
        foreach (var item in list.Children)
        {
            if (item.TagName != "LI")
            {
                return false;
            }

            if (OpensWithProse(item))
            {
                proseItems++;
            }
            else if (!HoldsList(item))
            {
                return false;
            }
        }

        return proseItems > 0;
    }

    /// <summary>An item that heads a nested list ("In progress:" over a list of bug links): the nested list is judged on its own when rendered.</summary>
    private static bool HoldsList(IElement item)
    {
        foreach (var child in item.Children)
        {
            if (child.TagName is "UL" or "OL")
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithProse(IElement item)
    {
        foreach (var node in item.NodeChildren())
        {
            if (node.NodeType != NodeType.Text)
            {
                return false;
            }

            var lead = node.TextContent.AsSpan().Trim();
            if (lead.IsEmpty)
            {
                continue;
            }

            // A label ends in a colon ("You might also like: <a>…</a>"); prose runs on into its link.
            return lead[^1] != ':' && LineShape.Words(node.TextContent) >= MinLeadWords;
        }

        return false;
    }
}
