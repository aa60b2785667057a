using System.Collections;
using AngleSharp.Html.Construction;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>A node's children as a plain list.</summary>
internal sealed class MinimalNodeList : IConstructableNodeList
{
    public List<MinimalNode> Items { get; } = [];

    public int Length => Items.Count;

    public IConstructableNode this[int index] => Items[index];

    public void Clear() => Items.Clear();

    public IEnumerator<IConstructableNode> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
