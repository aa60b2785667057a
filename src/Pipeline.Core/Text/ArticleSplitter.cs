namespace Pipeline.Core.Text;

/// <summary>Cuts a page into posts: a post ends with its closers ("Sources: ...", "The post ... appeared first on", "Read more") and whatever removed lines follow them; the next kept line starts the next post.</summary>
public static class ArticleSplitter
{
    public static IReadOnlyList<TextSegment> Split(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var segments = new List<TextSegment>();
        var start = 0;
        var closed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role == TextRole.Closer)
            {
                closed = true;
                continue;
            }

            if (closed && !block.IsRemoved)
            {
                segments.Add(new TextSegment(start, i));
                start = i;
                closed = false;
            }
        }

        if (blocks.Count > start)
        {
            segments.Add(new TextSegment(start, blocks.Count));
        }

        return segments;
    }
}
