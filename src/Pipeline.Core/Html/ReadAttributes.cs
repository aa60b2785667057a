using System.Collections.Frozen;

namespace Pipeline.Core.Html;

/// <summary>The attribute names the engine or the HTML tree builder reads; the parser keeps only these on the elements it builds.</summary>
public static class ReadAttributes
{
    // Event handlers, srcset, most data-* and aria-* attributes are most of a news page's attributes; building them as DOM
    // attributes was most of the parse's allocation beyond the elements, and nothing reads them. A stage that starts reading an
    // attribute must add it here (a test scans the engine's source for the names it asks for).
    private static readonly FrozenSet<string> Engine = FrozenSet.Create(StringComparer.Ordinal,
    [
        "alt", "aria-hidden", "aria-modal", "class", "content", "data-component", "data-date", "data-lazy-src", "data-lazy-srcset", "data-original", "data-src", "data-srcset", "data-testid", "data-time", "data-timestamp", "data-utime", "datetime",
        "hidden", "href", "http-equiv", "id", "itemprop", "itemscope", "itemtype", "lang", "name", "property", "pubdate", "rel", "role", "src", "srcset", "style",
        "title", "type", "value", "width", "height", "xml:lang",

        // SVG and MathML write href with its namespace prefix; the parser stores it as href, which the engine reads on any <a>.
        "xlink:href",
    ]);

    // Attributes the tree builder itself looks at, so the tree is the same with or without the filter: <input type=hidden> inside a
    // table, <font color|face|size> leaving SVG or MathML, <annotation-xml encoding> as an HTML integration point, declarative shadow
    // roots, the document's declared encoding.
    private static readonly FrozenSet<string> TreeBuilder = FrozenSet.Create(StringComparer.Ordinal,
    [
        "type", "color", "face", "size", "encoding", "shadowrootmode", "charset", "http-equiv",
    ]);

    private static readonly FrozenSet<string> Kept = FrozenSet.Create(StringComparer.Ordinal, [.. Engine, .. TreeBuilder]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptBySpan = Kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every kept name, lower case.</summary>
    public static IReadOnlySet<string> Names => Kept;

    /// <summary>True when the parser should build the attribute named <paramref name="name"/> (lower case, as the tokenizer reports it).</summary>
    public static bool Keeps(ReadOnlySpan<char> name) => KeptBySpan.Contains(name) || IsLazyAddress(name);

    /// <summary>
    /// A data attribute where a lazy-loading script keeps a picture's address until it scrolls into view: each library names its own
    /// ("data-img-url", "data-retina-src", "data-lazy", "data-wpfc-original-src"), so they are told by their words, not listed one by one.
    /// </summary>
    public static bool IsLazyAddress(ReadOnlySpan<char> name) =>
        name.StartsWith("data-", StringComparison.Ordinal)
        && (name.Contains("src", StringComparison.Ordinal) || name.Contains("lazy", StringComparison.Ordinal) || name.Contains("img", StringComparison.Ordinal)
            || name.Contains("original", StringComparison.Ordinal));
}
