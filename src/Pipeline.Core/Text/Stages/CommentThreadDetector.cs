using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes reader-comment threads in full: from a marker ("1 comment", "Post a Comment", "X on May 1, 2018 at 9:02 am said:") after the body starts, to the next post closer, a related-links label or the page end; parses each commenter line and its text into a <see cref="Comment"/>.</summary>
public sealed class CommentThreadDetector(TextPatterns patterns) : ITextStage
{
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) => Detect(blocks).Blocks;

    public CommentThread Detect(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = blocks.ToArray();
        var comments = new List<ParsedComment>();
        var sawProse = false;
        for (var i = 0; i < result.Length; i++)
        {
            var block = result[i];
            if (block.Role == TextRole.Closer)
            {
                sawProse = false;
                continue;
            }

            if (block.IsRemoved)
            {
                continue;
            }

            // A "Comments" link in the top menu is not a thread: one opens only once the post's body has begun.
            if (sawProse && patterns.CommentStart.IsMatch(block.Content))
            {
                i = RemoveThread(result, i, comments) - 1;
                sawProse = false;
                continue;
            }

            sawProse |= LineShape.IsProse(block.Text, patterns.Rules.ProseMinWords);
        }

        return new CommentThread(result, comments);
    }

    private int RemoveThread(TextBlock[] blocks, int start, List<ParsedComment> comments)
    {
        string? author = null;
        string? publishedAt = null;
        var headerIndex = -1;
        var text = new List<string>();

        void Flush()
        {
            if (headerIndex >= 0 && text.Count > 0)
            {
                comments.Add(new ParsedComment(headerIndex, new Comment(author, publishedAt, string.Join("\n\n", text))));
            }

            text.Clear();
        }

        var i = start;
        for (; i < blocks.Length && blocks[i].Role != TextRole.Closer; i++)
        {
            var block = blocks[i];
            // The page goes on under the thread ("Recent Blog Posts", "Related articles"): its teasers and newsletter box are no one's comment.
            if (i > start && patterns.BodyEnd.IsMatch(block.Content))
            {
                break;
            }

            blocks[i] = block with { Removal = RemovalReasons.Comments };
            var header = patterns.CommentHeader.Match(block.Content);
            if (!header.Success && (i == start || patterns.CommentChrome.IsMatch(block.Content) || patterns.CommentStart.IsMatch(block.Content)))
            {
                continue;
            }

            if (header.Success)
            {
                Flush();
                headerIndex = i;
                author = header.Groups["author"].Value.Trim();
                publishedAt = CommentDateParser.Parse(header.Groups["date"].Value, TimeOf(header));
                continue;
            }

            if (headerIndex >= 0 && block.Removal is null or RemovalReasons.Comments)
            {
                text.Add(block.Content);
            }
        }

        Flush();
        return i;
    }

    private static string? TimeOf(Match header) => header.Groups["time"].Success ? header.Groups["time"].Value : null;
}
