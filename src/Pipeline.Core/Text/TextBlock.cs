namespace Pipeline.Core.Text;

/// <summary>One non-blank line of a plain-text page: its folded text, whether a blank line preceded it, and what the stages decided about it.</summary>
/// <param name="Index">Position among the page's non-blank lines.</param>
/// <param name="Text">The line, whitespace-folded, list bullets kept.</param>
/// <param name="AfterGap">A blank line (or the page start) precedes it: it opens a paragraph group.</param>
/// <param name="Role">What the line is, once known.</param>
/// <param name="Removal">The removal reason (see <c>RemovalReasons</c>) when the line is not part of any article text.</param>
public sealed record TextBlock(int Index, string Text, bool AfterGap, TextRole Role = TextRole.Unclassified, string? Removal = null)
{
    /// <summary>Leading spaces of the raw line: text browsers indent nested lists and teaser boxes, rarely body paragraphs.</summary>
    public int Indent { get; init; }

    /// <summary>Parts of the raw line set apart by two spaces or more: the cells of a table row as text browsers print one.</summary>
    public int Cells { get; init; } = 1;

    public bool IsRemoved => Removal is not null;

    /// <summary>The line is a list item as text browsers print them ("• item", "□ item").</summary>
    public bool IsListItem => Text.Length > 0 && Text[0] is '•' or '□' or '◦' or '▪' or '·' or '*' or '-' or '○' or '■';

    /// <summary>The text without a leading list bullet.</summary>
    public string Content => IsListItem ? Text[1..].TrimStart() : Text;

    public TextBlock Remove(string reason) => IsRemoved ? this : this with { Removal = reason };
}
