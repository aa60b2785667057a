using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes short lines a page prints again and again (share bars under every item, repeated menu entries): body text does not repeat itself.</summary>
public sealed class RepeatedLineDetector : ITextStage
{
    private const int MaxWords = 10;
    private const int MinOccurrences = 3;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            counts[block.Text] = counts.GetValueOrDefault(block.Text) + 1;
        }

        return blocks.Select(b => !b.IsRemoved && counts[b.Text] >= MinOccurrences && LineShape.Words(b.Text) <= MaxWords
            ? b with { Role = TextRole.Repeated, Removal = RemovalReasons.Navigation }
            : b).ToArray();
    }
}
