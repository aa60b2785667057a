using AngleSharp;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Creates elements with AngleSharp's own factory and reports each to the thread's <see cref="TreeBuildWatch"/>.</summary>
internal sealed class WatchedElementFactory<TElement>(IElementFactory<Document, TElement> inner, TreeBuildWatch watch) : IElementFactory<Document, TElement>
    where TElement : Element
{
    public TElement Create(Document document, string localName, string? prefix = null, NodeFlags flags = NodeFlags.None)
    {
        var element = inner.Create(document, localName, prefix, flags);
        watch.Created(element);
        return element;
    }
}
