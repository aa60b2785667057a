using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops the author's biography that closes an article ("Manuela Conrad ist ZDF-Reporterin für …", "CNBC's Julia Boorstin is the author of …"):
/// one of the last paragraphs, short, that opens by naming one of the page's credited authors in full. The story speaks of its subjects,
/// not of the person who wrote it, so such a closing paragraph is the site's note about its writer.
/// </summary>
public static class AuthorBioRemover
{
    /// <summary>Only the last paragraphs are judged: a bio box follows the story.</summary>
    public const int MaxTrailingBlocks = 2;

    /// <summary>Longer paragraphs are story text: a bio is a sentence or three.</summary>
    public const int MaxBioChars = 400;

    /// <summary>The name opens the paragraph, after at most a short possessive or title ("CNBC's ", "Dr. ").</summary>
    public const int MaxNameOffset = 24;

    /// <summary>Returns <paramref name="blocks"/> without a closing author biography; dropped paragraphs are recorded in <paramref name="removed"/>.</summary>
    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, IReadOnlyList<string> authors, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(removed);

        // A single-word credit ("Redaktion", a surname alone) would match too much; a full name is what a bio opens with.
        var names = authors.Where(a => a.Contains(' ', StringComparison.Ordinal)).ToList();
        if (names.Count == 0 || blocks.Count <= MaxTrailingBlocks)
        {
            return blocks;
        }

        List<TextBlock>? kept = null;
        for (var i = blocks.Count - MaxTrailingBlocks; i < blocks.Count; i++)
        {
            if (IsBio(blocks[i], names))
            {
                kept ??= blocks.ToList();
                kept.Remove(blocks[i]);
                removed.Record(RemovalReasons.Byline, blocks[i].Text);
            }
        }

        return kept ?? blocks;
    }

    private static bool IsBio(TextBlock block, List<string> names) => block.Kind == TextBlockKind.Paragraph && IsBioText(block.Text, names);

    /// <summary>Whether <paramref name="text"/> reads as a biography of one of <paramref name="fullNames"/>: short, opening by naming the writer.</summary>
    public static bool IsBioText(string text, IReadOnlyList<string> fullNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fullNames);
        if (text.Length > MaxBioChars)
        {
            return false;
        }

        foreach (var name in fullNames)
        {
            if (OpensWith(text, name))
            {
                return true;
            }
        }

        return false;
    }

    // The name must be followed by more words: a paragraph that is only the name is a byline, left to the byline stages.
    private static bool OpensWith(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var end = at + name.Length;
        return at >= 0 && at <= MaxNameOffset && end < text.Length - 1 && text[end] == ' '
            && (at == 0 || (text[at - 1] == ' ' && IsPlainLead(text.AsSpan(0, at))));
    }

    // Words, apostrophes and full stops only ("CNBC's ", "Dr. "): a quote mark, an exclamation or a dash before the name makes the
    // paragraph a quotation or a signature line that merely mentions the writer.
    private static bool IsPlainLead(ReadOnlySpan<char> lead)
    {
        foreach (var c in lead)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }
}
