using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Cleaning;

/// <summary>Keeps, of the comments taken out of a page, those a reader wrote: not the section's chrome ("Comments", "0", "Show comments", "+", "Kommentar verfassen Antwort abbrechen").</summary>
public sealed class ReaderComments
{
    /// <summary>A comment with neither author nor date and at most this many words is a heading, a counter, a button or a form label.</summary>
    private const double MaxChromeWords = 3;

    /// <summary>Longer than this, an unsigned comment that mentions logging in or subscribing is a reader's complaint, not the form's notice.</summary>
    private const int MaxInterfaceNoticeChars = 200;

    private readonly Regex _interfacePhrase;

    public ReaderComments(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _interfacePhrase = rules.CommentInterfacePhrases.Count == 0 ? new Regex("(?!)") : new Regex(
            @"(?<!\p{L})(?:" + string.Join("|", rules.CommentInterfacePhrases.OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")(?!\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IReadOnlyList<Comment> Of(IReadOnlyList<Comment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        return comments.Any(IsChrome) ? [.. comments.Where(c => !IsChrome(c))] : comments;
    }

    /// <summary>
    /// True for a "comment" nobody signed or dated that is a few words at most, or a short notice of the comment form ("This site uses
    /// Akismet to reduce spam", "You must be logged in to join the discussion", "Pingback: …").
    /// </summary>
    public bool IsChrome(Comment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Author is null && comment.PublishedAt is null
            && (Words(comment.Text) <= MaxChromeWords || (comment.Text.Length <= MaxInterfaceNoticeChars && _interfacePhrase.IsMatch(comment.Text)));
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
