using System.Net;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>
/// Pages that render the article with scripts leave little more than a caption in the markup, while their JSON-LD carries the whole text
/// (articleBody). When the rendered text is a small fraction of that, the structured text is the article.
/// </summary>
public static class StructuredBodyFallback
{
    /// <summary>Structured bodies shorter than this are summaries, not the article.</summary>
    public const int MinStructuredChars = 500;

    /// <summary>The rendered text must be below this share of the structured body for the structured body to win.</summary>
    public const double MaxRenderedShare = 1.0 / 3;

    /// <summary>The structured body as blocks when it should replace <paramref name="blocks"/>, else null.</summary>
    public static IReadOnlyList<TextBlock>? Replace(IReadOnlyList<TextBlock> blocks, string? structuredBody)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (structuredBody is null || structuredBody.Length < MinStructuredChars)
        {
            return null;
        }

        // Markup inside articleBody would need its own extraction; such pages are not the ones rendered by scripts.
        var text = WebUtility.HtmlDecode(structuredBody);
        if (text.Contains("</", StringComparison.Ordinal) || text.Contains("<p", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rendered = blocks.Sum(b => b.Text.Length);
        if (rendered >= MaxRenderedShare * text.Length)
        {
            return null;
        }

        var paragraphs = WhitespaceFolder.FoldLines(text).Where(l => l.Length > 0).Select(l => new TextBlock(l, TextBlockKind.Paragraph)).ToList();
        return paragraphs.Count > 0 ? paragraphs : null;
    }
}
