using AngleSharp;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Pipeline.Core.Html;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>Parses a page into the minimal tree with the engine's parser options, to price AngleSharp's extensible construction against its own DOM.</summary>
internal sealed class MinimalDomParser
{
    private readonly HtmlParser _parser = new(
        new HtmlParserOptions
        {
            SkipComments = true,
            DisableElementPositionTracking = true,
            IsKeepingSourceReferences = false,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributes.Keeps(name.Span),
        },
        BrowsingContext.New(Configuration.Default.With<IDomConstructionElementFactory<MinimalDocument, MinimalElement>>(_ => new MinimalDomFactory())));

    public MinimalDocument Parse(string html)
    {
        var document = _parser.ParseDocument<MinimalDocument, MinimalElement>(new TextSource(html), null!);
        document.Builder?.Dispose();
        return document;
    }

    /// <summary>Elements and text nodes in the tree, to check it has the standard tree's shape.</summary>
    public static (int Elements, int Texts) Count(MinimalNode node)
    {
        var (elements, texts) = (node is MinimalElement ? 1 : 0, node is MinimalText ? 1 : 0);
        foreach (var child in node.Children.Items)
        {
            var (e, t) = Count(child);
            elements += e;
            texts += t;
        }

        return (elements, texts);
    }
}
