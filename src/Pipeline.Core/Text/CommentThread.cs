namespace Pipeline.Core.Text;

/// <summary>The page's lines with reader-comment threads removed, and the comments parsed from them.</summary>
public sealed record CommentThread(IReadOnlyList<TextBlock> Blocks, IReadOnlyList<ParsedComment> Comments);
