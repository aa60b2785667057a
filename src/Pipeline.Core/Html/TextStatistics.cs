using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Computes <see cref="NodeStats"/> for every element in one bottom-up pass, so no stage has to re-read a subtree's text.</summary>
public sealed class TextStatistics
{
    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly PruneMap? _pruned;

    private TextStatistics(PruneMap? pruned) => _pruned = pruned;

    /// <summary>Measures the subtree under <paramref name="root"/>, skipping what <paramref name="pruned"/> removed.</summary>
    public static TextStatistics Compute(IElement root, PruneMap? pruned)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stats = new TextStatistics(pruned);
        stats.Visit(root, false);
        return stats;
    }

    public NodeStats this[IElement element] => _stats.TryGetValue(element, out var s) ? s : default;

    private NodeStats Visit(IElement element, bool inLink)
    {
        var tag = element.TagName;
        if (HtmlTags.Invisible.Contains(tag) || (_pruned is not null && _pruned.IsRemoved(element)) || HtmlTags.IsBareRubyReading(element))
        {
            return default;
        }

        var isLink = inLink || tag == "A";
        int text = 0, links = 0, paragraphs = 0, commas = 0, direct = 0;
        var hasBlockChild = false;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement child)
            {
                var s = Visit(child, isLink);
                text += s.TextChars;
                links += s.LinkChars;
                paragraphs += s.ParagraphChars;
                commas += s.Commas;
                hasBlockChild |= HtmlTags.Block.Contains(child.TagName) && child.TagName != "BR";
            }
            else if (node.NodeType == NodeType.Text)
            {
                var (chars, c) = Count(node.TextContent);
                text += chars;
                direct += chars;
                commas += c;
                if (isLink)
                {
                    links += chars;
                }
            }
        }

        // A paragraph counts as body text unless it is mostly links; divs holding bare text count as paragraphs too.
        var isParagraph = HtmlTags.Paragraph.Contains(tag) || (tag == "DIV" && !hasBlockChild) || direct >= 100;
        if (isParagraph && text >= 25 && links * 2 < text)
        {
            paragraphs = text;
        }

        var stats = new NodeStats(text, links, paragraphs, commas, hasBlockChild, direct);
        _stats[element] = stats;
        return stats;
    }

    private static (int Chars, int Commas) Count(string text)
    {
        int chars = 0, commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }
}
