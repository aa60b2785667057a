using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Drops the rendered blocks a test picks out, recording each one with its reason; the list is copied only once a block goes.</summary>
internal static class BlockDropper
{
    /// <summary>Returns <paramref name="blocks"/> without the blocks <paramref name="drops"/> picks out; each dropped block is recorded in <paramref name="removed"/> under <paramref name="reason"/>.</summary>
    public static IReadOnlyList<TextBlock> Drop(IReadOnlyList<TextBlock> blocks, PruneMap removed, string reason, Func<TextBlock, bool> drops)
    {
        List<TextBlock>? kept = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (drops(block))
            {
                kept ??= blocks.Take(i).ToList();
                removed.Record(reason, block.Text);
                continue;
            }

            kept?.Add(block);
        }

        return kept ?? blocks;
    }
}
