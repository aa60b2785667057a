using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Tells a line inside the body that points to another story ("Read more: …", a run of headline links, "&gt;&gt; Headline") from linked text that belongs to the story.</summary>
internal static class CrossReferenceLine
{
    /// <summary>A short paragraph that is a link behind at most a short label ("Read more:", "Lea también:") is a cross-reference to another story, not article text.</summary>
    private const int MaxChars = 300;

    private const int MaxLabelChars = 40;

    private const double MinLinkDensity = 0.6;

    /// <summary>Two or more paragraphs in a row that are each one headline-long link and nothing else (but brackets or a full stop) are teasers for other pages, not article text.
    /// A single one is often a source or "read the transcript" line that belongs to the story; short ones ("[Engadget]", a name) are credits.</summary>
    private const int MaxLinkOnlyExtraChars = 2;

    /// <summary>A teaser link reads like a headline: more than this many words.</summary>
    private const int MinTeaserWords = 4;

    /// <summary>Arrows and chevrons a page sets before or after a link line to point the reader elsewhere ("&gt;&gt; Wegen Corona: … &lt;&lt;", "Jetzt sichern »").</summary>
    private static readonly SearchValues<char> Arrows = SearchValues.Create(">»›→➔➜⇒▶►<«‹");

    /// <summary>Whether the block element (whose measures are <paramref name="s"/>) is a cross-reference to another story.</summary>
    public static bool Is(IElement element, NodeStats s, TextStatistics stats) =>
        (IsShortLinkParagraph(element, s)
            && ((IsHeadlineLink(element, s) && (IsHeadlineLink(element.PreviousElementSibling, stats) || IsHeadlineLink(element.NextElementSibling, stats)))
                || HasLabelBeforeLink(element)
                || IsArrowMarkedLink(element)))
        || (IsSetOffLinkLine(element, s) && HasLabelBeforeLink(element));

    private static bool IsHeadlineLink(IElement? element, TextStatistics stats) => element is not null && IsHeadlineLink(element, stats[element]);

    private static bool IsHeadlineLink(IElement element, NodeStats s) =>
        IsShortLinkParagraph(element, s) && s.TextChars - s.LinkChars <= MaxLinkOnlyExtraChars && HasHeadlineWords(element);

    /// <summary>A paragraph that is one headline-long link set off by arrows is a pointer to another story, even alone: a story's source line is not decorated.</summary>
    private static bool IsArrowMarkedLink(IElement element)
    {
        var text = element.TextContent.AsSpan().Trim();
        return text.Length > 0 && (Arrows.Contains(text[0]) || Arrows.Contains(text[^1])) && HasHeadlineWords(element);
    }

    private static bool HasHeadlineWords(IElement element) =>
        element.TextContent.Split((char[]?)null, MinTeaserWords + 1, StringSplitOptions.RemoveEmptyEntries).Length > MinTeaserWords;

    private static bool IsShortLinkParagraph(IElement element, NodeStats s) =>
        (element.TagName is "P" || (element.TagName == "DIV" && !s.HasBlockChild)) && IsShortLinkText(s);

    /// <summary>"Read also: &lt;link&gt;" is also set as a pull quote or a subheading; without the label such a line is a quote or a section title.</summary>
    private static bool IsSetOffLinkLine(IElement element, NodeStats s) =>
        (element.TagName is "BLOCKQUOTE" || (HtmlTags.IsHeading(element.TagName) && element.TagName != "H1")) && !s.HasBlockChild && IsShortLinkText(s);

    private static bool IsShortLinkText(NodeStats s) =>
        s.TextChars is > 0 and <= MaxChars
        && s.LinkDensity >= MinLinkDensity
        && s.TextChars - s.LinkChars <= MaxLabelChars;

    /// <summary>Whether the text before the element's first link is a label ending in a colon ("Read more:", "<b>Lea también:</b>").</summary>
    private static bool HasLabelBeforeLink(IElement element)
    {
        var label = new StringBuilder();
        return Walk(element) && EndsWithColon(label);

        // Returns true when the first link is reached.
        bool Walk(INode node)
        {
            foreach (var child in node.NodeChildren())
            {
                if (child is IElement e)
                {
                    if (e.TagName == "A" || Walk(e))
                    {
                        return true;
                    }
                }
                else if (child.NodeType == NodeType.Text)
                {
                    label.Append(child.TextContent);
                }
            }

            return false;
        }

        static bool EndsWithColon(StringBuilder text)
        {
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return text[i] is ':' or '：';
                }
            }

            return false;
        }
    }
}
