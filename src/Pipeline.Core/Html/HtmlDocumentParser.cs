using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Mathml.Dom;
using AngleSharp.Svg.Dom;

namespace Pipeline.Core.Html;

/// <summary>Parses HTML text into an AngleSharp document with options tuned for extraction (no comments, no position tracking), reusing one parser and its <see cref="TreeBuildWatch"/> per thread.</summary>
public static class HtmlDocumentParser
{
    // Script text stays: JSON-LD metadata lives in <script> elements. It also costs the parse little: on AEB pages, where half the
    // characters are script, style and comment bodies, parsing the page with those bodies emptied was only 5-9 % faster, less than a
    // tokenizer-exact pre-pass costs to empty them (see README, "Quality and speed").
    private static readonly HtmlParserOptions Options = new()
    {
        SkipComments = true,
        DisableElementPositionTracking = true,
        IsKeepingSourceReferences = false,
        SkipProcessingInstructions = true,
        ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributes.Keeps(name.Span),
    };

    // The default attribute observer resolves URLs and link relations (stylesheets, imports) as attributes are set: browser
    // work an extractor never uses, and a tenth of the parse time on news pages.
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<IAttributeObserver>();

    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static TreeBuildWatch? t_watch;

    /// <summary>Parses HTML with no limits (tests and benchmarks; the engine parses under its guards).</summary>
    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Parses HTML held in memory (a pooled decode buffer); the memory must stay unchanged until the document is disposed.</summary>
    public static IHtmlDocument Parse(ReadOnlyMemory<char> html) => Parser.ParseDocument(html);

    /// <summary>Parses HTML held in memory, stopping as soon as the tree outgrows the limits or the budget runs out (see <see cref="TreeBuildWatch"/>).</summary>
    /// <exception cref="Cleaning.InputRejectedException">With <see cref="Cleaning.FailureReason.TreeTooLarge"/> or <see cref="Cleaning.FailureReason.TreeTooDeep"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled during the parse.</exception>
    public static IHtmlDocument Parse(ReadOnlyMemory<char> html, int maxElements, int maxDepth, CancellationToken cancellationToken)
    {
        var parser = Parser;
        var watch = t_watch!;
        watch.Start(maxElements, maxDepth, cancellationToken);
        try
        {
            return parser.ParseDocument(html);
        }
        finally
        {
            watch.Stop();
        }
    }

    /// <summary>
    /// Hands back what the parse of <paramref name="document"/> rented (its tree builder's tokenizer buffers, about 460 KB per AEB page that
    /// the thread's next parse would otherwise allocate anew) without emptying its tree, for a document no longer read.
    /// </summary>
    /// <remarks>
    /// <c>Dispose</c> does the same after removing the root element, and AngleSharp answers each removal by walking the whole removed
    /// subtree for a &lt;base&gt; element: 2 % of the engine's time on AEB, for a tree that is garbage once the page is done. The rest of
    /// <c>Dispose</c> (the text source, the window's timers) is called as it does.
    /// </remarks>
    public static void Release(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var constructable = (IConstructableDocument)document;
        constructable.Builder?.Dispose();
        constructable.Builder = null;
        document.Source.Dispose();
        document.DefaultView?.Dispose();
    }

    private static HtmlParser Parser => t_parser ??= CreateParser(t_watch = new TreeBuildWatch());

    private static HtmlParser CreateParser(TreeBuildWatch watch)
    {
        var defaults = BrowsingContext.New(Configuration);
        var watched = Configuration
            .WithOnly<IElementFactory<Document, HtmlElement>>(Watched<HtmlElement>(defaults, watch))
            .WithOnly<IElementFactory<Document, SvgElement>>(Watched<SvgElement>(defaults, watch))
            .WithOnly<IElementFactory<Document, MathElement>>(Watched<MathElement>(defaults, watch));
        var parser = new HtmlParser(Options, BrowsingContext.New(watched));
        parser.Error += (_, _) => watch.ErrorRaised();
        return parser;
    }

    private static WatchedElementFactory<TElement> Watched<TElement>(IBrowsingContext defaults, TreeBuildWatch watch)
        where TElement : Element =>
        new WatchedElementFactory<TElement>(defaults.GetFactory<IElementFactory<Document, TElement>>(), watch);
}
