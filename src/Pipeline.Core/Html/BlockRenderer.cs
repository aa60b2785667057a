using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Renders the chosen content as text blocks in document order, skipping removed and link-dense containers and exact-duplicate paragraphs.</summary>
public sealed class BlockRenderer
{
    private const double MaxContainerLinkDensity = 0.5;

    /// <summary>A short paragraph that is a link behind at most a short label ("Read more:", "Lea también:") is a cross-reference to another story, not article text.</summary>
    private const int MaxCrossReferenceChars = 300;

    private const int MaxCrossReferenceLabelChars = 40;

    private const double MinCrossReferenceLinkDensity = 0.6;

    /// <summary>A block with at least this share of its text in links is a link block (<see cref="TextBlock.IsLink"/>).</summary>
    private const double MinLinkBlockShare = 0.8;

    /// <summary>A block with at least this share of its text in emphasis is an emphasized block (<see cref="TextBlock.IsEmphasized"/>).</summary>
    private const double MinEmphasisBlockShare = 0.9;

    /// <summary>Two or more paragraphs in a row that are each one headline-long link and nothing else (but brackets or a full stop) are teasers for other pages, not article text.
    /// A single one is often a source or "read the transcript" line that belongs to the story; short ones ("[Engadget]", a name) are credits.</summary>
    private const int MaxLinkOnlyExtraChars = 2;

    /// <summary>A teaser link reads like a headline: more than this many words.</summary>
    private const int MinTeaserWords = 4;

    /// <summary>Arrows and chevrons a page sets before or after a link line to point the reader elsewhere ("&gt;&gt; Wegen Corona: … &lt;&lt;", "Jetzt sichern »").</summary>
    private static readonly SearchValues<char> Arrows = SearchValues.Create(">»›→➔➜⇒▶►<«‹");

    /// <summary>A paragraph that is one headline-long link set off by arrows is a pointer to another story, even alone: a story's source line is not decorated.</summary>
    private static bool IsArrowMarkedLink(IElement element)
    {
        var text = element.TextContent.AsSpan().Trim();
        return text.Length > 0
            && (Arrows.Contains(text[0]) || Arrows.Contains(text[^1]))
            && element.TextContent.Split((char[]?)null, MinTeaserWords + 1, StringSplitOptions.RemoveEmptyEntries).Length > MinTeaserWords;
    }

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

    public IReadOnlyList<TextBlock> Render(IEnumerable<IElement> parts, TextStatistics stats, PruneMap pruned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var blocks = new List<TextBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Room for a long paragraph in one chunk: folding reads it in place, and clearing keeps it.
        var current = new StringBuilder(2048);
        var kind = TextBlockKind.Paragraph;
        int currentChars = 0, currentLinkChars = 0, currentEmphasisChars = 0;
        var visited = 0;
        // The block element whose text made the last block: a label before a removed teaser box goes with the box.
        IElement? lastSource = null;
        foreach (var part in parts)
        {
            Visit(part, false, false);
            Flush();
        }

        return blocks;

        void Visit(IElement element, bool inLink, bool inEmphasis)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var tag = element.TagName;
            if (HtmlTags.Invisible.Contains(tag) || HtmlTags.IsBareRubyReading(element))
            {
                return;
            }

            if (pruned.ReasonFor(element) is { } reason)
            {
                // A box removed as related before rendering (a teaser card, a related list) takes its label along.
                if (reason == RemovalReasons.Related)
                {
                    DropLabelBefore(element);
                }

                return;
            }

            var isBlock = HtmlTags.Block.Contains(tag);
            if (isBlock)
            {
                Flush();
                if (tag is "UL" or "OL" or "DL" or "TABLE" or "DIV" or "SECTION")
                {
                    var s = stats[element];
                    if (s.TextChars > 0 && s.LinkDensity > MaxContainerLinkDensity && s.ParagraphChars < 200)
                    {
                        DropLabelBefore(element);
                        pruned.Remove(element, RemovalReasons.Related);
                        return;
                    }
                }

                if (IsCrossReference(element, stats[element]))
                {
                    DropLabelBefore(element);
                    pruned.Remove(element, RemovalReasons.Related);
                    return;
                }

                kind = tag switch
                {
                    "H1" => TextBlockKind.Title,
                    _ when HtmlTags.IsHeading(tag) => TextBlockKind.Heading,
                    "LI" or "DT" or "DD" => TextBlockKind.ListItem,
                    "BLOCKQUOTE" => TextBlockKind.Quote,
                    "TD" or "TH" => TextBlockKind.TableCell,
                    _ => kind,
                };
            }

            foreach (var node in element.NodeChildren())
            {
                if (node is IElement child)
                {
                    Visit(child, inLink || tag == "A", inEmphasis || tag is "EM" or "STRONG" or "I" or "B");
                }
                else if (node.NodeType == NodeType.Text)
                {
                    var text = node.TextContent;
                    current.Append(text);
                    var chars = CountVisible(text);
                    currentChars += chars;
                    if (inLink || tag == "A")
                    {
                        currentLinkChars += chars;
                    }

                    if (inEmphasis || tag is "EM" or "STRONG" or "I" or "B")
                    {
                        currentEmphasisChars += chars;
                    }
                }
            }

            if (isBlock && Flush())
            {
                lastSource = element;
            }
        }

        void DropLabelBefore(IElement box)
        {
            if (lastSource is { } label && blocks.Count > 0 && TeaserLabel.Labels(label, box, blocks[^1].Text, stats))
            {
                blocks.RemoveAt(blocks.Count - 1);
                pruned.Remove(label, RemovalReasons.Related);
                lastSource = null;
            }
        }

        bool IsCrossReference(IElement element, NodeStats s) =>
            (IsShortLinkParagraph(element, s)
                && ((IsHeadlineLink(element, s) && (IsHeadlineLink(element.PreviousElementSibling) || IsHeadlineLink(element.NextElementSibling)))
                    || HasLabelBeforeLink(element)
                    || IsArrowMarkedLink(element)))
            || (IsSetOffLinkLine(element, s) && HasLabelBeforeLink(element));

        bool IsHeadlineLink(IElement? element, NodeStats? known = null)
        {
            if (element is null)
            {
                return false;
            }

            var s = known ?? stats[element];
            return IsShortLinkParagraph(element, s)
                && s.TextChars - s.LinkChars <= MaxLinkOnlyExtraChars
                && element.TextContent.Split((char[]?)null, MinTeaserWords + 1, StringSplitOptions.RemoveEmptyEntries).Length > MinTeaserWords;
        }

        static bool IsShortLinkParagraph(IElement element, NodeStats s) =>
            (element.TagName is "P" || (element.TagName == "DIV" && !s.HasBlockChild)) && IsShortLinkText(s);

        // "Read also: <link>" is also set as a pull quote or a subheading; without the label such a line is a quote or a section title.
        static bool IsSetOffLinkLine(IElement element, NodeStats s) =>
            (element.TagName is "BLOCKQUOTE" || (HtmlTags.IsHeading(element.TagName) && element.TagName != "H1")) && !s.HasBlockChild && IsShortLinkText(s);

        static bool IsShortLinkText(NodeStats s) =>
            s.TextChars is > 0 and <= MaxCrossReferenceChars
            && s.LinkDensity >= MinCrossReferenceLinkDensity
            && s.TextChars - s.LinkChars <= MaxCrossReferenceLabelChars;

        // Whether a block was added.
        bool Flush()
        {
            var added = false;
            if (current.Length > 0)
            {
                var text = WhitespaceFolder.FoldLine(current);
                current.Clear();
                if (text.Length > 0)
                {
                    lastSource = null;
                    if (seen.Add(text) || text.Length < 20)
                    {
                        blocks.Add(new TextBlock(text, kind) { IsLink = currentLinkChars >= MinLinkBlockShare * currentChars, HasLink = currentLinkChars > 0, IsEmphasized = currentEmphasisChars >= MinEmphasisBlockShare * currentChars });
                        added = true;
                    }
                    else
                    {
                        pruned.Record(RemovalReasons.Duplicate, text);
                    }
                }
            }

            kind = TextBlockKind.Paragraph;
            currentChars = 0;
            currentLinkChars = 0;
            currentEmphasisChars = 0;
            return added;
        }

        static int CountVisible(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
