using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes cookie and consent banners ("We use cookies... Continued site use signifies consent.").</summary>
public sealed class ConsentBannerDetector(TextPatterns patterns) : ITextStage
{
    private const int BannerMaxWords = 80;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && LineShape.Words(b.Text) <= BannerMaxWords && patterns.Consent.IsMatch(b.Content)
            ? b.Remove(RemovalReasons.Consent)
            : b).ToArray();
}
