using System.Collections.Frozen;

namespace Pipeline.Core.Html;

/// <summary>Tag-name sets (upper case, as AngleSharp reports them) the stages share; frozen, since every stage asks them about every element.</summary>
public static class HtmlTags
{
    /// <summary>Elements whose text is never visible.</summary>
    public static readonly FrozenSet<string> Invisible = new[]
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that start a new block of text.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
        "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY",
        "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "UL", "BR", "CAPTION", "HGROUP",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that are a paragraph of body text when they hold enough text.</summary>
    public static readonly FrozenSet<string> Paragraph = new[]
    {
        "P", "PRE", "BLOCKQUOTE", "TD",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6';
}
