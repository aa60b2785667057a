using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Visible text split into lines at block boundaries, as a reader sees it: the lines a byline may stand on by itself.</summary>
internal static class BlockLines
{
    /// <summary>A line longer than this is prose, never a byline line.</summary>
    public const int MaxShortLine = 160;

    /// <summary>Text read after the heading before the search gives up.</summary>
    private const int TextAfterHeading = 1200;

    /// <summary>Lines of prose read after the heading before the search gives up: the byline stands above the story's second paragraph.</summary>
    private const int ProseAfterHeading = 2;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase) { "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr", "td", "th", "table", "header", "footer", "section", "article", "main", "address" };

    /// <summary>The text after <paramref name="heading"/>, until enough text or a second paragraph of prose has gone by; text under <paramref name="unseen"/> classes is left out.</summary>
    public static List<string> After(IElement heading, SearchValues<string>? unseen) => Read(NextSkippingChildren(heading, null), null, TextAfterHeading, ProseAfterHeading, unseen);

    /// <summary>The top of <paramref name="root"/>, read as far as <see cref="After"/> reads under a heading.</summary>
    public static List<string> AtTop(INode first, IElement root, SearchValues<string>? unseen) => Read(first, root, TextAfterHeading, ProseAfterHeading, unseen);

    /// <summary>All of <paramref name="root"/>'s text from <paramref name="first"/> on.</summary>
    public static List<string> Whole(INode first, IElement root) => Read(first, root, int.MaxValue, int.MaxValue, null);

    /// <summary>
    /// The text from <paramref name="first"/> on, split at block boundaries, staying inside <paramref name="within"/> when given,
    /// until <paramref name="textLimit"/> characters or <paramref name="proseLimit"/> lines of prose have gone by. Text only screen readers
    /// get (a class among <paramref name="unseen"/>: "Sarah Doe &lt;span class=sr-only&gt;Horse Review&lt;/span&gt;") is not on the line a reader sees.
    /// </summary>
    private static List<string> Read(INode? first, IElement? within, int textLimit, int proseLimit, SearchValues<string>? unseen)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var total = 0;
        var prose = 0;

        // The walk keeps each ancestor's child list and the index it stands at: AngleSharp's NextSibling searches the parent's list on
        // every step, which took seconds on a paragraph of 150,000 lines broken by <br>.
        var path = first is null ? [] : PathFrom(first, within);
        for (var node = first; node is not null && total < textLimit && prose < proseLimit;)
        {
            if (node is IElement element)
            {
                if (ExcludedRegions.Tags.Contains(element.LocalName) || element.LocalName == "button" || element.HasAttribute("hidden")
                    || (unseen is not null && element.ClassName is { } cls && cls.AsSpan().IndexOfAny(unseen) >= 0))
                {
                    node = Next(flushOnLeaving: false);
                    continue;
                }

                if (BlockTags.Contains(element.LocalName))
                {
                    Flush();
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                line.Append(node.TextContent);
            }

            if (node.ChildNodes.Length > 0)
            {
                path.Add((node, 0));
                node = node.ChildNodes[0];
            }
            else
            {
                node = Next(flushOnLeaving: true);
            }
        }

        Flush();
        return lines;

        // The next node after the current one's subtree: its next sibling, else its nearest ancestor's (inside within); leaving a block
        // element ends its line too.
        INode? Next(bool flushOnLeaving)
        {
            while (path.Count > 0)
            {
                var (parent, index) = path[^1];
                if (index + 1 < parent.ChildNodes.Length)
                {
                    path[^1] = (parent, index + 1);
                    return parent.ChildNodes[index + 1];
                }

                path.RemoveAt(path.Count - 1);
                if (flushOnLeaving && parent is IElement block && BlockTags.Contains(block.LocalName))
                {
                    Flush();
                }
            }

            return null;
        }

        void Flush()
        {
            var text = AuthorNameNormalizer.WithoutSoftHyphens(WhitespaceFolder.FoldLine(line.ToString()));
            line.Clear();
            if (text.Length == 0)
            {
                return;
            }

            lines.Add(text);
            total += text.Length;
            if (text.Length > MaxShortLine)
            {
                prose++;
            }
        }
    }

    /// <summary>Each ancestor of <paramref name="node"/> up to <paramref name="within"/> (or the document), outermost first, with the index of the child on the way down.</summary>
    private static List<(INode Parent, int Index)> PathFrom(INode node, IElement? within)
    {
        var path = new List<(INode Parent, int Index)>();
        for (var current = node; current != within && current.Parent is { } parent; current = parent)
        {
            path.Add((parent, parent.ChildNodes.Index(current)));
        }

        path.Reverse();
        return path;
    }

    private static INode? NextSkippingChildren(INode node, IElement? within)
    {
        for (var current = node; current is not null && current != within; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
