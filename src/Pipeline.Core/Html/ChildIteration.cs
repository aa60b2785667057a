using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// A node's children by index. AngleSharp's sibling properties (NextSibling, NextElementSibling, …) search the parent's child list on
/// every step, so a walk from sibling to sibling costs the square of a wide parent's child count; these walk the list once.
/// </summary>
public static class ChildIteration
{
    /// <summary>The node's child elements, first to last.</summary>
    public static ElementChildren ElementChildren(this INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ElementChildren(node.ChildNodes);
    }

    /// <summary>The node's child nodes (elements, text, …), first to last.</summary>
    public static NodeChildren NodeChildren(this INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new NodeChildren(node.ChildNodes);
    }
}

/// <summary>The child elements of one node, in document order, for <c>foreach</c> without allocation.</summary>
public readonly struct ElementChildren(INodeList nodes)
{
    public Enumerator GetEnumerator() => new(nodes);

    /// <summary>Steps through the child list by index, skipping non-elements.</summary>
    public struct Enumerator(INodeList nodes)
    {
        private int _index = -1;

        public IElement Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (++_index < nodes.Length)
            {
                if (nodes[_index] is IElement element)
                {
                    Current = element;
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>The child nodes of one node, in document order, for <c>foreach</c> without allocation.</summary>
public readonly struct NodeChildren(INodeList nodes)
{
    public Enumerator GetEnumerator() => new(nodes);

    /// <summary>Steps through the child list by index.</summary>
    public struct Enumerator(INodeList nodes)
    {
        private int _index = -1;

        public readonly INode Current => nodes[_index];

        public bool MoveNext() => ++_index < nodes.Length;
    }
}
