namespace Pipeline.Core.Html;

/// <summary>Text measures of one element's subtree (pruned parts excluded): visible characters, characters inside links, characters in body-like paragraphs, commas.</summary>
public readonly record struct NodeStats(int TextChars, int LinkChars, int ParagraphChars, int Commas, bool HasBlockChild, int DirectTextChars)
{
    /// <summary>Share of the text that sits inside links (0 when there is no text).</summary>
    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}
