using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Renders the chosen content as text blocks in document order, skipping removed and link-dense containers, cross-references to other stories and exact-duplicate paragraphs.</summary>
/// <param name="teaserLabels">The wording of teaser labels, which tells a lead-in sentence pointing at a removed box; without it only labels the
/// layout shows go with their box.</param>
public sealed class BlockRenderer(TeaserLabelPhrases? teaserLabels = null)
{
    /// <summary>A container mostly of links with little prose is a link list (related stories, tags), not part of the body.</summary>
    private const double MaxContainerLinkDensity = 0.5;

    /// <summary>A container with this much prose is a body section rich in links, not a link list.</summary>
    private const int MaxLinkListProseChars = 200;

    /// <summary>Shorter repeats are kept: a short line ("Yes.", a reused subheading) may recur in the story itself.</summary>
    private const int MinDroppedDuplicateChars = 20;

    private const string CellSeparator = " | ";

    public IReadOnlyList<TextBlock> Render(IEnumerable<IElement> parts, TextStatistics stats, PruneMap pruned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);
        var blocks = new List<TextBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new PendingBlock();
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
            // Every 1,024 elements: often enough to stop a huge page promptly, rarely enough to cost nothing.
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

            // A data table's row reads as one line of its cells ("Schools | $3 million"), not a paragraph per cell.
            if (tag == "TR" && IsPlainRow(element))
            {
                Flush();
                pending.Kind = TextBlockKind.TableCell;
                foreach (var cell in element.Children)
                {
                    if (pruned.ReasonFor(cell) is not null)
                    {
                        continue;
                    }

                    if (pending.HasText)
                    {
                        pending.AppendSeparator(CellSeparator);
                    }

                    VisitChildren(cell, inLink, inEmphasis);
                }

                pending.TrimTrailing('|');
                if (Flush())
                {
                    lastSource = element;
                }

                return;
            }

            var isBlock = HtmlTags.Block.Contains(tag);
            if (isBlock)
            {
                Flush();
                if (IsLinkList(element, tag, stats) || CrossReferenceLine.Is(element, stats[element], stats))
                {
                    DropLabelBefore(element);
                    pruned.Remove(element, RemovalReasons.Related);
                    return;
                }

                pending.Kind = tag switch
                {
                    "H1" => TextBlockKind.Title,
                    _ when HtmlTags.IsHeading(tag) => TextBlockKind.Heading,
                    "LI" or "DT" or "DD" => TextBlockKind.ListItem,
                    "BLOCKQUOTE" => TextBlockKind.Quote,
                    "TD" or "TH" => TextBlockKind.TableCell,
                    _ => pending.Kind,
                };
            }

            inLink |= tag == "A";
            inEmphasis |= tag is "EM" or "STRONG" or "I" or "B";
            VisitChildren(element, inLink, inEmphasis);
            if (isBlock && Flush())
            {
                lastSource = element;
            }
        }

        void VisitChildren(IElement element, bool inLink, bool inEmphasis)
        {
            foreach (var node in element.NodeChildren())
            {
                if (node is IElement child)
                {
                    Visit(child, inLink, inEmphasis);
                }
                else if (node.NodeType == NodeType.Text)
                {
                    pending.Append(node.TextContent, inLink, inEmphasis);
                }
            }
        }

        void DropLabelBefore(IElement box)
        {
            if (lastSource is { } label && blocks.Count > 0 && TeaserLabel.Labels(label, box, blocks[^1].Text, stats, teaserLabels))
            {
                blocks.RemoveAt(blocks.Count - 1);
                pruned.Remove(label, RemovalReasons.Related);
                lastSource = null;
            }
        }

        // Whether a block was added.
        bool Flush()
        {
            if (pending.Take() is not { } block)
            {
                return false;
            }

            lastSource = null;
            if (seen.Add(block.Text) || block.Text.Length < MinDroppedDuplicateChars)
            {
                blocks.Add(block);
                return true;
            }

            pruned.Record(RemovalReasons.Duplicate, block.Text);
            return false;
        }
    }

    /// <summary>
    /// A row of two or more cells that hold only inline text: a data table's. A layout table's cells hold paragraphs and boxes, which
    /// stay blocks of their own.
    /// </summary>
    private static bool IsPlainRow(IElement row)
    {
        var cells = 0;
        foreach (var cell in row.Children)
        {
            if (cell.TagName is not ("TD" or "TH") || cell.Descendants<IElement>().Any(e => HtmlTags.Block.Contains(e.TagName)))
            {
                return false;
            }

            cells++;
        }

        return cells >= 2;
    }

    private static bool IsLinkList(IElement element, string tag, TextStatistics stats)
    {
        if (tag is not ("UL" or "OL" or "DL" or "TABLE" or "DIV" or "SECTION"))
        {
            return false;
        }

        var s = stats[element];
        return s.TextChars > 0 && s.LinkDensity > MaxContainerLinkDensity && s.ParagraphChars < MaxLinkListProseChars && !ProseLedList.Is(element);
    }
}
