using Pipeline.Core.Input;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Drops blocks written with look-alike letters of another script inside their words (<see cref="DisguisedText"/>) as advertisements.</summary>
public static class DisguisedTextRemover
{
    /// <summary>Returns <paramref name="blocks"/> without its disguised blocks; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        return BlockDropper.Drop(blocks, removed, RemovalReasons.Advertisement, block => DisguisedText.Is(block.Text));
    }
}
