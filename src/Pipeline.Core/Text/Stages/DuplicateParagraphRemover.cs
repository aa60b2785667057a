using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes later copies of a paragraph already seen on the page (exact text, at least a few words).</summary>
public sealed class DuplicateParagraphRemover : ITextStage
{
    private const int MinWords = 5;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new TextBlock[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            result[i] = !block.IsRemoved && LineShape.Words(block.Text) >= MinWords && !seen.Add(block.Text)
                ? block.Remove(RemovalReasons.Duplicate)
                : block;
        }

        return result;
    }
}
