using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>The elements the metadata stage reads wherever they sit in a page (meta tags, scripts, h1 headings), each in document order, found in one walk.</summary>
public sealed class PageWideElements
{
    private PageWideElements()
    {
    }

    /// <summary>The &lt;meta&gt; elements.</summary>
    public List<IElement> Meta { get; } = [];

    /// <summary>The &lt;script&gt; elements (JSON-LD among them).</summary>
    public List<IElement> Scripts { get; } = [];

    /// <summary>The &lt;h1&gt; elements (name compared ignoring case, as <c>QuerySelectorAll("h1")</c> does), for the head scan's main heading.</summary>
    public List<IElement> MainHeadings { get; } = [];

    /// <summary>Walks the descendants of <paramref name="node"/> once, by index.</summary>
    public static PageWideElements Of(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var found = new PageWideElements();
        Collect(node, found);
        return found;
    }

    private static void Collect(INode parent, PageWideElements found)
    {
        foreach (var child in parent.ElementChildren())
        {
            var name = child.LocalName;
            if (name == "meta")
            {
                found.Meta.Add(child);
            }
            else if (name == "script")
            {
                found.Scripts.Add(child);
            }
            else if (string.Equals(name, "h1", StringComparison.OrdinalIgnoreCase))
            {
                found.MainHeadings.Add(child);
            }

            Collect(child, found);
        }
    }
}
