using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Removes photo captions and credits: a line printed twice in a row, lines ending in "(Photo: AP)" or "[Photographer/Agency]", "Name—AFP" credits, and the short caption group a credit line closes.</summary>
public sealed class CaptionDetector(TextPatterns patterns) : ITextStage
{
    private const int CaptionMaxWords = 80;
    private const int CaptionGroupMaxLines = 3;

    /// <summary>The captioned copy of an alt text follows within this many lines (a gallery counter may sit between).</summary>
    private const int CaptionEchoLookahead = 3;

    /// <summary>What the captioned copy adds is a credit ("Credit: Getty - Contributor"), not a sentence.</summary>
    private const int CreditTailMaxChars = 60;

    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var result = blocks.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            var block = result[i];
            if (block.IsRemoved || patterns.IsByline(block.Text))
            {
                continue;
            }

            // Text dumps print an image's alt text and its caption, so a caption shows up twice in a row.
            var repeated = i + 1 < result.Length && !result[i + 1].AfterGap && result[i + 1].Text == block.Text && LineShape.Words(block.Text) >= 3;
            if (repeated)
            {
                result[i] = block.Remove(RemovalReasons.Caption);
                result[i + 1] = result[i + 1].Remove(RemovalReasons.Caption);
                continue;
            }

            if (RemoveCreditedEcho(result, i))
            {
                continue;
            }

            if (LineShape.Words(block.Text) <= CaptionMaxWords && patterns.Caption.IsMatch(block.Content))
            {
                result[i] = block.Remove(RemovalReasons.Caption);
                RemoveCaptionGroupEndingAt(result, i);
            }
        }

        return result;
    }

    // Text dumps print an image's alt text, then its caption with the credit run on ("… sought treatmentCredit: EPA"), a line or two apart
    // (a gallery counter between): a line that comes back within a few lines with a short tail is a caption, both times.
    private static bool RemoveCreditedEcho(TextBlock[] blocks, int index)
    {
        var text = blocks[index].Text;
        if (LineShape.Words(text) < 3 || LineShape.Words(text) > CaptionMaxWords)
        {
            return false;
        }

        for (var j = index + 1; j < blocks.Length && j <= index + CaptionEchoLookahead; j++)
        {
            var later = blocks[j].Text;
            if (later.Length > text.Length && later.Length - text.Length <= CreditTailMaxChars && later.StartsWith(text, StringComparison.Ordinal))
            {
                blocks[index] = blocks[index].Remove(RemovalReasons.Caption);
                blocks[j] = blocks[j].Remove(RemovalReasons.Caption);
                return true;
            }
        }

        return false;
    }

    // A credit line closing a small group ("Disney / The Walt Disney Co. said... / (Reed Saxon / AP)") takes the group's caption with it.
    private void RemoveCaptionGroupEndingAt(TextBlock[] blocks, int creditIndex)
    {
        var groupStart = creditIndex;
        while (groupStart > 0 && !blocks[groupStart].AfterGap)
        {
            groupStart--;
        }

        var groupEnd = creditIndex;
        while (groupEnd + 1 < blocks.Length && !blocks[groupEnd + 1].AfterGap)
        {
            groupEnd++;
        }

        if (groupEnd != creditIndex || creditIndex - groupStart + 1 > CaptionGroupMaxLines)
        {
            return;
        }

        for (var j = groupStart; j < creditIndex; j++)
        {
            if (!patterns.IsByline(blocks[j].Text))
            {
                blocks[j] = blocks[j].Remove(RemovalReasons.Caption);
            }
        }
    }
}
