using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>A node of the smallest tree AngleSharp's tree builder can construct: a name, flags, a parent and a child list.</summary>
internal class MinimalNode(StringOrMemory name, NodeFlags flags) : IConstructableNode
{
    private MinimalNodeList? _children;

    public StringOrMemory NodeName { get; } = name;

    public NodeFlags Flags { get; } = flags;

    public IConstructableNode? Parent { get; set; }

    public MinimalNodeList Children => _children ??= new MinimalNodeList();

    public IConstructableNodeList ChildNodes => Children;

    public void RemoveFromParent() => (Parent as MinimalNode)?.RemoveChild(this);

    public void RemoveChild(IConstructableNode node)
    {
        Children.Items.Remove((MinimalNode)node);
        node.Parent = null;
    }

    public void RemoveNode(int index, IConstructableNode node)
    {
        Children.Items.RemoveAt(index);
        node.Parent = null;
    }

    public void InsertNode(int index, IConstructableNode node)
    {
        Children.Items.Insert(index, (MinimalNode)node);
        node.Parent = this;
    }

    public void AddNode(IConstructableNode node)
    {
        Children.Items.Add((MinimalNode)node);
        node.Parent = this;
    }

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false) => InsertText(Children.Items.Count, text, emitWhiteSpaceOnly);

    // Adjacent character tokens make one text node, as in the standard DOM.
    public void InsertText(int index, StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        if (index > 0 && Children.Items[index - 1] is MinimalText previous)
        {
            previous.Append(text);
            return;
        }

        var node = new MinimalText();
        node.Append(text);
        InsertNode(index, node);
    }
}
