using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes newsletter boxes and membership appeals ("Subscribe To Our Daily Newsletter...", "...by becoming a member").</summary>
public sealed class NewsletterDetector(TextPatterns patterns) : ITextStage
{
    private const int AppealMaxWords = 60;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => !b.IsRemoved && LineShape.Words(b.Text) <= AppealMaxWords && patterns.Newsletter.IsMatch(b.Content)
            ? b.Remove(RemovalReasons.Newsletter)
            : b).ToArray();
}
