using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>An element of any namespace; it plays every special element the tree builder asks for (script, form, template) and does nothing as one.</summary>
internal sealed class MinimalElement(StringOrMemory localName, StringOrMemory namespaceUri, NodeFlags flags)
    : MinimalNode(localName, flags), IConstructableElement, IConstructableFormElement, IConstructableFrameElement, IConstructableMathElement,
        IConstructableMetaElement, IConstructableScriptElement, IConstructableSvgElement, IConstructableTemplateElement
{
    private MinimalAttributes? _attributes;

    public StringOrMemory NamespaceUri { get; } = namespaceUri;

    public StringOrMemory LocalName { get; } = localName;

    public StringOrMemory Prefix => StringOrMemory.Empty;

    public IConstructableNamedNodeMap Attributes => _attributes ??= new MinimalAttributes();

    public ISourceReference? SourceReference { get; set; }

    public void SetAttribute(string? namespaceUri, StringOrMemory name, StringOrMemory value) => SetOwnAttribute(name, value);

    public void SetOwnAttribute(StringOrMemory name, StringOrMemory value) => (_attributes ??= new MinimalAttributes()).Items.Add(new MinimalAttribute(name, value));

    public StringOrMemory GetAttribute(StringOrMemory namespaceUri, StringOrMemory name) => _attributes?[name]?.Value ?? StringOrMemory.Empty;

    public void SetAttributes(StructAttributes attributes)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            SetOwnAttribute(attribute.Name, attribute.Value);
        }
    }

    public bool HasAttribute(StringOrMemory name) => _attributes?[name] is not null;

    public IConstructableNode ShallowCopy()
    {
        var copy = new MinimalElement(LocalName, NamespaceUri, Flags);
        foreach (var attribute in _attributes?.Items ?? [])
        {
            copy.SetOwnAttribute(attribute.Name, attribute.Value);
        }

        return copy;
    }

    public void SetupElement()
    {
    }

    public void AddComment(ref StructHtmlToken token)
    {
    }

    public void Handle()
    {
    }

    public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;

    public bool Prepare(IConstructableDocument document) => false;

    public void PopulateFragment()
    {
    }
}
