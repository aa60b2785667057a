using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Marks byline lines ("by AFP", "Reporting by: X | Source: Y"): they leave the text and feed authors and agencies.</summary>
public sealed class BylineDetector(TextPatterns patterns) : ITextStage
{
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && patterns.IsByline(b.Content)
            ? b with { Role = TextRole.Byline, Removal = RemovalReasons.Byline }
            : b).ToArray();
}
