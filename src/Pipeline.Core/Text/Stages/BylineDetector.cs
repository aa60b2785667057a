using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Marks byline lines ("by AFP", "Reporting by: X | Source: Y"): they leave the text and feed authors and agencies. The author's
/// name printed alone just above its byline (a portrait's alt text: "Ana Swanson" over "By Ana Swanson") leaves with it.</summary>
public sealed class BylineDetector(TextPatterns patterns) : ITextStage
{
    /// <summary>A portrait's alt text is a name: a few words.</summary>
    private const int MaxPortraitNameWords = 5;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var result = blocks.Select(b => !b.IsRemoved && patterns.IsByline(b.Content)
            ? b with { Role = TextRole.Byline, Removal = RemovalReasons.Byline }
            : b).ToArray();
        for (var i = 0; i + 1 < result.Length; i++)
        {
            var block = result[i];
            var next = result[i + 1];
            if (!block.IsRemoved && next.Role == TextRole.Byline && IsPortraitName(block.Content, next.Content))
            {
                result[i] = block.Remove(RemovalReasons.Byline);
            }
        }

        return result;
    }

    private static bool IsPortraitName(string line, string byline) =>
        line.Length < byline.Length && LineShape.Words(line) is >= 2 and <= MaxPortraitNameWords && byline.EndsWith(line, StringComparison.Ordinal)
        && !char.IsLetterOrDigit(byline[^(line.Length + 1)]);
}
