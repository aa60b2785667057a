using Pipeline.Core.Model;

namespace Pipeline.Core.Cleaning;

/// <summary>Keeps, of the comments taken out of a page, those a reader wrote: not the section's chrome ("Comments", "0", "Show comments", "+").</summary>
public static class ReaderComments
{
    /// <summary>A comment with neither author nor date and at most this many words is a heading, a counter, a button or a form label.</summary>
    private const double MaxChromeWords = 3;

    public static IReadOnlyList<Comment> Of(IReadOnlyList<Comment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        return comments.Any(IsChrome) ? [.. comments.Where(c => !IsChrome(c))] : comments;
    }

    /// <summary>True for a "comment" nobody signed or dated that is a few words at most.</summary>
    public static bool IsChrome(Comment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Author is null && comment.PublishedAt is null && Words(comment.Text) <= MaxChromeWords;
    }

    /// <summary>Words between spaces; in scripts written without spaces (Chinese, Japanese, Korean), two characters count as a word.</summary>
    private static double Words(string text)
    {
        var words = 0.0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var unspaced = token.Count(c => c is >= '\u3040' and < '\uA000' or >= '\uAC00' and < '\uD7B0' or >= '\uF900' and < '\uFB00');
            words += Math.Max(1, unspaced / 2.0);
            if (words > MaxChromeWords)
            {
                break;
            }
        }

        return words;
    }
}
