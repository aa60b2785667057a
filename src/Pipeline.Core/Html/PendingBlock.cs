using System.Runtime.CompilerServices;
using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>The text block being gathered while rendering: its text so far, its kind, and how much of it sits in links and in emphasis.</summary>
internal sealed class PendingBlock
{
    /// <summary>A block with at least this share of its text in links is a link block (<see cref="TextBlock.IsLink"/>).</summary>
    private const double MinLinkBlockShare = 0.8;

    /// <summary>A block with at least this share of its text in emphasis is an emphasized block (<see cref="TextBlock.IsEmphasized"/>).</summary>
    private const double MinEmphasisBlockShare = 0.9;

    // Room for a long paragraph in one chunk: folding reads it in place, and clearing keeps it.
    private readonly StringBuilder _text = new(2048);
    private int _chars;
    private int _linkChars;
    private int _emphasisChars;

    public TextBlockKind Kind { get; set; } = TextBlockKind.Paragraph;

    // Called once per text node of the body: inlined, it costs what the counters cost when they were the renderer's locals.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(string text, bool inLink, bool inEmphasis)
    {
        _text.Append(text);
        var chars = CountVisible(text);
        _chars += chars;
        if (inLink)
        {
            _linkChars += chars;
        }

        if (inEmphasis)
        {
            _emphasisChars += chars;
        }
    }

    /// <summary>Whether visible text has been gathered since the last block.</summary>
    public bool HasText => _chars > 0;

    /// <summary>Appends a separator the layout implies (between a table row's cells), counted as neither text, link nor emphasis.</summary>
    public void AppendSeparator(string separator) => _text.Append(separator);

    /// <summary>Drops the separators (and spaces) the text ends with: a row's empty last cells leave no trailing "|".</summary>
    public void TrimTrailing(char separator)
    {
        var end = _text.Length;
        while (end > 0 && (_text[end - 1] == separator || char.IsWhiteSpace(_text[end - 1])))
        {
            end--;
        }

        _text.Length = end;
    }

    /// <summary>The gathered text folded to one line as a block, or null when it has no visible text; either way the next block starts empty, as a paragraph.</summary>
    public TextBlock? Take()
    {
        TextBlock? block = null;
        if (_text.Length > 0)
        {
            var text = WhitespaceFolder.FoldLine(_text);
            _text.Clear();
            if (text.Length > 0)
            {
                block = new TextBlock(text, Kind) { IsLink = _linkChars >= MinLinkBlockShare * _chars, HasLink = _linkChars > 0, IsEmphasized = _emphasisChars >= MinEmphasisBlockShare * _chars };
            }
        }

        Kind = TextBlockKind.Paragraph;
        _chars = 0;
        _linkChars = 0;
        _emphasisChars = 0;
        return block;
    }

    private static int CountVisible(string text)
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
