using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>The elements the metadata stage reads wherever they sit in a page (meta tags, scripts, h1 headings), each in document order, found in one walk (the tree guard's, or <see cref="Of"/>).</summary>
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

    /// <summary>An empty collection, filled by a walk that hands every element to <see cref="Note"/> in document order.</summary>
    public static PageWideElements Collecting() => new();

    /// <summary>Walks the descendants of <paramref name="node"/> once, by index.</summary>
    public static PageWideElements Of(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var found = new PageWideElements();
        Collect(node, found);
        return found;
    }

    /// <summary>Keeps <paramref name="element"/> if it is one of the page-wide kinds; elements must come in document order.</summary>
    public void Note(IElement element)
    {
        var name = element.LocalName;
        if (name == "meta")
        {
            Meta.Add(element);
        }
        else if (name == "script")
        {
            Scripts.Add(element);
        }
        else if (string.Equals(name, "h1", StringComparison.OrdinalIgnoreCase))
        {
            MainHeadings.Add(element);
        }
    }

    private static void Collect(INode parent, PageWideElements found)
    {
        foreach (var child in parent.ElementChildren())
        {
            found.Note(child);
            Collect(child, found);
        }
    }
}
