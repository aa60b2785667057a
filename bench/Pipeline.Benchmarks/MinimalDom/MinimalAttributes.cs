using AngleSharp.Common;
using AngleSharp.Html.Construction;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>One attribute: a name and a value.</summary>
internal sealed class MinimalAttribute(StringOrMemory name, StringOrMemory value) : IConstructableAttr
{
    public StringOrMemory Name { get; } = name;

    public StringOrMemory Value { get; set; } = value;
}

/// <summary>An element's attributes as a list searched in order (elements have few).</summary>
internal sealed class MinimalAttributes : IConstructableNamedNodeMap
{
    public List<MinimalAttribute> Items { get; } = new(2);

    public int Length => Items.Count;

    public IConstructableAttr? this[StringOrMemory name] => Items.Find(a => a.Name == name);

    public bool SameAs(IConstructableNamedNodeMap? other)
    {
        if (other is null || other.Length != Length)
        {
            return false;
        }

        foreach (var attribute in Items)
        {
            if (other[attribute.Name] is not { } match || match.Value != attribute.Value)
            {
                return false;
            }
        }

        return true;
    }
}
