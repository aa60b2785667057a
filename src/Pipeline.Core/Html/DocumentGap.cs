using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>What lies between two elements in document order: a caption set apart from its picture follows it with next to nothing between.</summary>
internal static class DocumentGap
{
    /// <summary>A button's label ("Bildbeschreibung einblenden") fits; a sentence of the story does not.</summary>
    private const int MaxChars = 40;

    /// <summary>Nodes looked at before the gap counts as wide, so that a page of thousands of empty elements is not walked.</summary>
    private const int MaxNodes = 64;

    private enum Step
    {
        Continue,
        Reached,
        Wide,
    }

    /// <summary>True when <paramref name="second"/> comes after <paramref name="first"/> with at most a few words of text and a few nodes between.</summary>
    public static bool IsNarrow(IElement first, IElement second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var ancestorsOfSecond = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        for (INode? node = second.Parent; node is not null; node = node.Parent)
        {
            ancestorsOfSecond.Add(node);
        }

        if (ancestorsOfSecond.Contains(first))
        {
            return false;
        }

        var chars = 0;
        var nodes = 0;
        // From the end of the first element's subtree, each ancestor's later children in order, down into the one that holds the second.
        for (INode current = first; current.Parent is { } parent; current = parent)
        {
            var siblings = parent.ChildNodes;
            var index = IndexOf(siblings, current);
            for (var next = index + 1; next < siblings.Length; next++)
            {
                switch (Visit(siblings[next]))
                {
                    case Step.Reached:
                        return true;
                    case Step.Wide:
                        return false;
                }
            }

            // The second element was not after the first under this parent; it may be under a later child of an ancestor.
            if (ancestorsOfSecond.Contains(parent))
            {
                return false;
            }
        }

        return false;

        Step Visit(INode node)
        {
            if (node == second)
            {
                return Step.Reached;
            }

            if (++nodes > MaxNodes)
            {
                return Step.Wide;
            }

            if (ancestorsOfSecond.Contains(node))
            {
                foreach (var child in node.ChildNodes)
                {
                    if (Visit(child) is var step and not Step.Continue)
                    {
                        return step;
                    }
                }

                return Step.Continue;
            }

            chars += node switch
            {
                IText text => WhitespaceFolder.FoldLine(text.Data).Length,
                // Read a little past the limit: folding trims the cut text's last space, which could bring a long text back under it.
                IElement element when !HtmlTags.Invisible.Contains(element.TagName) => ElementText.Folded(element, 2 * MaxChars).Length,
                _ => 0,
            };
            return chars > MaxChars ? Step.Wide : Step.Continue;
        }
    }

    private static int IndexOf(INodeList siblings, INode node)
    {
        for (var i = 0; i < siblings.Length; i++)
        {
            if (siblings[i] == node)
            {
                return i;
            }
        }

        return -1;
    }
}
