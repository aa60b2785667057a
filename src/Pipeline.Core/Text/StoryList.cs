namespace Pipeline.Core.Text;

/// <summary>
/// The story's own lists in a text dump (ingredients, the laws an article names, the terms it defines), whose short items read like a
/// menu's: a sentence closed by a colon introduces the list, one of its items runs longer than a menu's and is no headline, or an item
/// carries an indented description under it. A menu's items are all short and stand alone.
/// </summary>
public static class StoryList
{
    /// <summary>A sentence that introduces a list ("Dafür existieren gesetzliche Grundlagen zur Umsetzung:") has at least this many words; a menu's label has fewer.</summary>
    private const int MinIntroWords = 4;

    /// <summary>A headline capitalises its words from this length; shorter ones ("on", "the", "for") may stay lower-case.</summary>
    private const int HeadlineWordLetters = 4;

    /// <summary>The indexes of the list items from <paramref name="first"/> to <paramref name="last"/> that belong to such lists.</summary>
    /// <param name="blocks">The page's lines.</param>
    /// <param name="first">The first line read.</param>
    /// <param name="last">The last line read (inclusive).</param>
    /// <param name="shortItemWords">A menu's item has at most this many words.</param>
    public static HashSet<int> ItemsIn(IReadOnlyList<TextBlock> blocks, int first, int last, int shortItemWords)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var items = new HashSet<int>();
        for (var i = first; i <= last; i++)
        {
            if (!blocks[i].IsListItem)
            {
                continue;
            }

            // A list runs over its items and their indented descriptions until a blank line or a line at the margin.
            var end = i + 1;
            while (end <= last && !blocks[end].AfterGap && (blocks[end].IsListItem || blocks[end].Indent > 0))
            {
                end++;
            }

            if (BelongsToStory(blocks, i, end, shortItemWords))
            {
                for (var j = i; j < end; j++)
                {
                    if (blocks[j].IsListItem)
                    {
                        items.Add(j);
                    }
                }
            }

            i = end - 1;
        }

        return items;
    }

    private static bool BelongsToStory(IReadOnlyList<TextBlock> blocks, int start, int end, int shortItemWords)
    {
        if (start > 0 && blocks[start - 1] is { IsListItem: false } intro && intro.Content.EndsWith(':') && LineShape.Words(intro.Content) >= MinIntroWords)
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            // An item with a description under it; a long item, unless it is a headline (a related-links list set into the story).
            if (!blocks[i].IsListItem || (LineShape.Words(blocks[i].Content) > shortItemWords && !IsHeadline(blocks[i].Content)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every word of four letters or more capitalised ("Here's Where Commercial Landers Will Land on the Moon for NASA").</summary>
    private static bool IsHeadline(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= HeadlineWordLetters && char.IsLetter(word[0]) && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
