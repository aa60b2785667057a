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

    /// <summary>
    /// The descendant elements whose local name is <paramref name="localName"/> (lower case, as the parser writes HTML names), in
    /// document order: what <c>GetElementsByTagName</c> finds, without its live collection walking the tree through enumerators.
    /// </summary>
    public static List<IElement> ElementsNamed(this INode node, string localName)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(localName);
        var found = new List<IElement>();
        Collect(node, localName, found);
        return found;

        static void Collect(INode parent, string name, List<IElement> found)
        {
            foreach (var child in parent.ElementChildren())
            {
                if (child.LocalName == name)
                {
                    found.Add(child);
                }

                Collect(child, name, found);
            }
        }
    }

    /// <summary>The descendant elements named <paramref name="first"/> and those named <paramref name="second"/>, each in document order, found in one walk.</summary>
    public static (List<IElement> First, List<IElement> Second) ElementsNamed(this INode node, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var found = (First: new List<IElement>(), Second: new List<IElement>());
        Collect(node, first, second, found);
        return found;

        static void Collect(INode parent, string first, string second, (List<IElement> First, List<IElement> Second) found)
        {
            foreach (var child in parent.ElementChildren())
            {
                var name = child.LocalName;
                if (name == first)
                {
                    found.First.Add(child);
                }
                else if (name == second)
                {
                    found.Second.Add(child);
                }

                Collect(child, first, second, found);
            }
        }
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
