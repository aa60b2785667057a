using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>One segment read as a post: the article it gives, whether it has enough of a title and body to count, and where the article starts.</summary>
public sealed record PostDraft(Article Article, bool IsArticle, int HeadIndex, TextSegment Segment, IReadOnlyList<TextBlock> Blocks);
