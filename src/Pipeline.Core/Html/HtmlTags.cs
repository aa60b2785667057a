namespace Pipeline.Core.Html;

/// <summary>Tag-name sets (upper case, as AngleSharp reports them) the stages share.</summary>
public static class HtmlTags
{
    /// <summary>Elements whose text is never visible, or never part of the running text (ruby annotations: the reading printed over the characters).</summary>
    public static readonly IReadOnlySet<string> Invisible = new HashSet<string>(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "RT", "RP",
    };

    /// <summary>Elements that start a new block of text.</summary>
    public static readonly IReadOnlySet<string> Block = new HashSet<string>(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
        "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY",
        "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "UL", "BR", "CAPTION", "HGROUP",
    };

    /// <summary>Elements that are a paragraph of body text when they hold enough text.</summary>
    public static readonly IReadOnlySet<string> Paragraph = new HashSet<string>(StringComparer.Ordinal)
    {
        "P", "PRE", "BLOCKQUOTE", "TD",
    };

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6';
}
