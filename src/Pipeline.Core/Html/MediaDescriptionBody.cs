using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// The text of a media page (a video in a broadcaster's library) whose only prose is the description printed under its player: the caption
/// rules take that block for a picture's caption, so nothing is left. When the page's meta description is what that removed caption says,
/// the description is the page's text.
/// </summary>
internal static class MediaDescriptionBody
{
    /// <summary>A description shorter than a sentence or two ("Video", a show's name) says nothing a reader came for.</summary>
    internal const int MinDescriptionChars = 80;

    /// <summary>The description as the page's one paragraph, or null when it is short or no removed caption prints it.</summary>
    public static TextBlock? Find(string? description, IReadOnlyList<RemovedBlock> removed)
    {
        if (description is null || description.Length < MinDescriptionChars)
        {
            return null;
        }

        foreach (var block in removed)
        {
            if (block.Reason == RemovalReasons.Caption && block.Text.Contains(description, StringComparison.Ordinal))
            {
                return new TextBlock(description, TextBlockKind.Paragraph);
            }
        }

        return null;
    }
}
