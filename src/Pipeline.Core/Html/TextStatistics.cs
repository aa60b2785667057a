using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Computes <see cref="NodeStats"/> for every element in one bottom-up pass, so no stage has to re-read a subtree's text.</summary>
/// <remarks>Disposing returns the table to a per-thread spare list: a page's tables are large (tens of KB, past the large-object threshold on
/// big pages), and reusing them spares the collector that much allocation on every page.</remarks>
public sealed class TextStatistics : IDisposable
{
    /// <summary>Spare tables kept per thread: a page uses two at once.</summary>
    private const int MaxSpareTables = 2;

    /// <summary>Larger tables are not kept, so one huge page does not hold its memory for the thread's lifetime.</summary>
    private const int MaxKeptEntries = 1 << 15;

    [ThreadStatic]
    private static Stack<Dictionary<IElement, NodeStats>>? t_spare;

    private readonly Dictionary<IElement, NodeStats> _stats;
    private readonly PruneMap? _pruned;

    private TextStatistics(PruneMap? pruned, int capacity)
    {
        _pruned = pruned;
        if (t_spare is { Count: > 0 } spare)
        {
            _stats = spare.Pop();
            _stats.EnsureCapacity(capacity);
        }
        else
        {
            _stats = new Dictionary<IElement, NodeStats>(capacity, ReferenceEqualityComparer.Instance);
        }
    }

    /// <summary>Hands the table back for the thread's next page; the statistics must not be read afterwards.</summary>
    public void Dispose()
    {
        _stats.Clear();
        var spare = t_spare ??= new Stack<Dictionary<IElement, NodeStats>>(MaxSpareTables);
        if (spare.Count < MaxSpareTables && _stats.EnsureCapacity(0) <= MaxKeptEntries && !spare.Contains(_stats))
        {
            spare.Push(_stats);
        }
    }

    /// <summary>How many elements were measured.</summary>
    public int Measured => _stats.Count;

    /// <summary>Measures the subtree under <paramref name="root"/>, skipping what <paramref name="pruned"/> removed.</summary>
    /// <param name="root">The subtree to measure.</param>
    /// <param name="pruned">Elements to leave out with their subtrees, if any.</param>
    /// <param name="expectedElements">How many elements the subtree holds, when known: the table is sized once instead of growing.</param>
    public static TextStatistics Compute(IElement root, PruneMap? pruned, int expectedElements = 0)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stats = new TextStatistics(pruned, expectedElements);
        stats.Visit(root, false);
        return stats;
    }

    public NodeStats this[IElement element] => _stats.TryGetValue(element, out var s) ? s : default;

    /// <summary>The first child element of <paramref name="parent"/> that holds text, or null when none does: what a block opens with.</summary>
    public IElement? FirstChildWithText(IElement parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        foreach (var child in parent.ElementChildren())
        {
            if (this[child].TextChars > 0)
            {
                return child;
            }
        }

        return null;
    }

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
        foreach (var node in element.NodeChildren())
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

    /// <summary>Visible (non-whitespace) characters and commas of one text node.</summary>
    internal static (int Chars, int Commas) Count(ReadOnlySpan<char> text)
    {
        int whitespace = 0, commas = 0, i = 0;
        // Eight characters at a time while they are ASCII (most text): whitespace there is space or \t..\r, a comma is ','.
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            var nonAscii = Vector128.Create((ushort)0xFF80);
            var space = Vector128.Create((ushort)' ');
            var comma = Vector128.Create((ushort)',');
            var tab = Vector128.Create((ushort)'\t');
            var controlSpan = Vector128.Create((ushort)('\r' - '\t'));
            for (; i + 8 <= chars.Length; i += 8)
            {
                var block = Vector128.Create(chars.Slice(i, 8));
                if ((block & nonAscii) != Vector128<ushort>.Zero)
                {
                    var (w, c) = CountScalar(text.Slice(i, 8));
                    whitespace += w;
                    commas += c;
                    continue;
                }

                var isWhitespace = Vector128.Equals(block, space) | Vector128.LessThanOrEqual(block - tab, controlSpan);
                whitespace += BitOperations.PopCount(isWhitespace.ExtractMostSignificantBits());
                commas += BitOperations.PopCount(Vector128.Equals(block, comma).ExtractMostSignificantBits());
            }
        }

        var (tailWhitespace, tailCommas) = CountScalar(text[i..]);
        return (text.Length - whitespace - tailWhitespace, commas + tailCommas);
    }

    private static (int Whitespace, int Commas) CountScalar(ReadOnlySpan<char> text)
    {
        int whitespace = 0, commas = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                whitespace++;
            }
            else if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }

        return (whitespace, commas);
    }
}
