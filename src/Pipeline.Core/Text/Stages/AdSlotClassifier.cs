using Pipeline.Core.Input;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes ad-slot labels that stand alone on a line ("Advertisements", "ADVERTISEMENT", "ADS") and lines spelled with look-alike letters of another script (<see cref="DisguisedText"/>).</summary>
public sealed class AdSlotClassifier(TextPatterns patterns) : ITextStage
{
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && (patterns.AdLines.Contains(b.Content.Trim(' ', '-', '–', '—', '.', ':', '[', ']', '(', ')')) || DisguisedText.Is(b.Content))
            ? b.Remove(RemovalReasons.Advertisement)
            : b).ToArray();
}
