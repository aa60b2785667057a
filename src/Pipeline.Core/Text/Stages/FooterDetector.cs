using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes footer lines: contact addresses, copyright and legal links, "publisher" blurbs.</summary>
public sealed class FooterDetector(TextPatterns patterns) : ITextStage
{
    private const int FooterMaxWords = 25;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && LineShape.Words(b.Text) <= FooterMaxWords && patterns.Footer.IsMatch(b.Content)
            ? b.Remove(RemovalReasons.Footer)
            : b).ToArray();
}
