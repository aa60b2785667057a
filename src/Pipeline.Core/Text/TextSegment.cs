namespace Pipeline.Core.Text;

/// <summary>A run of a page's lines that may hold one post: lines <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public readonly record struct TextSegment(int Start, int End);
