using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Text;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>
/// Creates the minimal tree's nodes for AngleSharp's extensible construction (<c>HtmlParser.ParseDocument&lt;TDocument, TElement&gt;</c>),
/// with the element flags the tree builder's scope and formatting rules read (AngleSharp's own elements set them in their constructors).
/// </summary>
internal sealed class MinimalDomFactory : IDomConstructionElementFactory<MinimalDocument, MinimalElement>
{
    private const string HtmlNamespace = "http://www.w3.org/1999/xhtml";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string MathNamespace = "http://www.w3.org/1998/Math/MathML";

    private static readonly Dictionary<string, NodeFlags>.AlternateLookup<ReadOnlySpan<char>> HtmlFlags = BuildFlags().GetAlternateLookup<ReadOnlySpan<char>>();

    public MinimalElement Create(MinimalDocument document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None) =>
        Html(localName, flags);

    public MinimalElement CreateNoScript(MinimalDocument document, bool scripting) => Html("noscript");

    public IConstructableNode CreateDocumentType(MinimalDocument document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) =>
        new MinimalNode(name, NodeFlags.None);

    public IConstructableMathElement CreateMath(MinimalDocument document, StringOrMemory name = default) => new MinimalElement(name, MathNamespace, NodeFlags.MathMember);

    public IConstructableSvgElement CreateSvg(MinimalDocument document, StringOrMemory name = default) => new MinimalElement(name, SvgNamespace, NodeFlags.SvgMember);

    public IConstructableMetaElement CreateMeta(MinimalDocument document) => Html("meta");

    public IConstructableScriptElement CreateScript(MinimalDocument document, bool parserInserted, bool started) => Html("script");

    public IConstructableFrameElement CreateFrame(MinimalDocument document) => Html("frame");

    public IConstructableTemplateElement CreateTemplate(MinimalDocument document) => Html("template");

    public IConstructableFormElement CreateForm(MinimalDocument document) => Html("form");

    public MinimalElement CreateUnknown(MinimalDocument document, StringOrMemory tagName) => Html(tagName);

    public MinimalDocument CreateDocument(TextSource source, IBrowsingContext? context) => new(source);

    private static MinimalElement Html(StringOrMemory localName, NodeFlags flags = NodeFlags.None) =>
        new(localName, HtmlNamespace, flags | NodeFlags.HtmlMember | (HtmlFlags.TryGetValue(localName.Memory.Span, out var own) ? own : NodeFlags.None));

    // The HTML standard's special, implicitly closed, scoping and formatting element categories.
    private static Dictionary<string, NodeFlags> BuildFlags()
    {
        var flags = new Dictionary<string, NodeFlags>(StringComparer.Ordinal);
        Add("address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp", NodeFlags.Special);
        Add("dd dt li optgroup option p rb rp rt rtc", NodeFlags.ImplicitlyClosed);
        Add("applet caption html marquee object table td th template", NodeFlags.Scoped);
        Add("a b big code em font i nobr s small strike strong tt u", NodeFlags.HtmlFormatting);
        Add("ol ul", NodeFlags.HtmlListScoped);
        Add("html table template", NodeFlags.HtmlTableScoped);
        Add("tbody thead tfoot html template", NodeFlags.HtmlTableSectionScoped);
        Add("optgroup option", NodeFlags.HtmlSelectScoped);
        Add("area base br col embed hr img input keygen link meta param source track wbr", NodeFlags.SelfClosing);
        Add("script style xmp iframe noembed noframes plaintext", NodeFlags.LiteralText);
        Add("pre textarea listing", NodeFlags.LineTolerance);
        return flags;

        void Add(string names, NodeFlags flag)
        {
            foreach (var name in names.Split(' '))
            {
                flags[name] = flags.GetValueOrDefault(name) | flag;
            }
        }
    }
}
