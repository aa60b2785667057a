using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Tag-name sets (upper case, as AngleSharp reports them) the stages share; frozen, since every stage asks them about every element.</summary>
public static class HtmlTags
{
    /// <summary>Elements whose text is never visible. NOSCRIPT is not among them: the pruner removes it (a removed tag) unless it holds most of
    /// the page, which happens when an unbalanced "&lt;noscript&gt;&lt;div&gt;&lt;/noscript&gt;" banner swallows the page or a blog ships its post only there.</summary>
    public static readonly FrozenSet<string> Invisible = new[]
    {
        "SCRIPT", "STYLE", "TEMPLATE", "HEAD", "TITLE", "IFRAME", "OBJECT", "CANVAS",

        // Inline SVG is a foreign element, whose tag name keeps its lower case: an icon's <title> and <style> are no text. (MathML, foreign
        // too, is: its formulas are read.)
        "svg",
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

    /// <summary>Whether the element is a ruby reading printed over the characters with no parenthesised fallback (rp): not part of the running text.
    /// With rp the page itself spells the plain-text form "漢字（かんじ）", which is kept.</summary>
    public static bool IsBareRubyReading(IElement element)
    {
        if (element.TagName != "RT")
        {
            return false;
        }

        if (element.ParentElement is not { } ruby)
        {
            return true;
        }

        foreach (var sibling in ruby.ElementChildren())
        {
            if (sibling.TagName == "RP")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest element before <paramref name="element"/> that renders: CSS-in-JS libraries set a &lt;style&gt; block before the elements they style.</summary>
    public static IElement? PreviousRenderedSibling(IElement element)
    {
        var sibling = element.PreviousElementSibling;
        while (sibling is not null && Invisible.Contains(sibling.TagName))
        {
            sibling = sibling.PreviousElementSibling;
        }

        return sibling;
    }

    /// <summary>The nearest element after <paramref name="element"/> that renders (see <see cref="PreviousRenderedSibling"/>).</summary>
    public static IElement? NextRenderedSibling(IElement element)
    {
        var sibling = element.NextElementSibling;
        while (sibling is not null && Invisible.Contains(sibling.TagName))
        {
            sibling = sibling.NextElementSibling;
        }

        return sibling;
    }

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6';

    /// <summary>
    /// Whether the element declares itself the article's body with schema.org microdata: <c>itemprop</c> is a list of property names, so
    /// Blogger's <c>itemprop="description articleBody"</c> declares it as <c>itemprop="articleBody"</c> does.
    /// </summary>
    public static bool DeclaresArticleBody(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.GetAttribute("itemprop") is not { } names)
        {
            return false;
        }

        foreach (var range in names.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (names.AsSpan()[range].SequenceEqual("articleBody"))
            {
                return true;
            }
        }

        return false;
    }
}
