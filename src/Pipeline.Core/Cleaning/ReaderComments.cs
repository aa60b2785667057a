using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Cleaning;

/// <summary>Keeps, of the comments taken out of a page, those a reader wrote: not the section's chrome ("Comments", "0", "Show comments", "+", "Kommentar verfassen Antwort abbrechen").</summary>
public sealed partial class ReaderComments
{
    /// <summary>A comment with neither author nor date and at most this many words is a heading, a counter, a button or a form label.</summary>
    private const double MaxChromeWords = 3;

    /// <summary>Longer than this, an unsigned comment that mentions logging in or subscribing is a reader's complaint, not the form's notice.</summary>
    private const int MaxInterfaceNoticeChars = 200;

    private readonly Regex _interfacePhrase;
    private readonly Regex? _replyLine;
    private readonly Regex? _replySuffix;
    private readonly Regex? _signature;

    public ReaderComments(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _signature = string.IsNullOrEmpty(rules.CommentSignaturePattern) ? null : RulePattern.Create(rules.CommentSignaturePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var replyLabels = string.Join("|", rules.CommentReplyLabels.OrderByDescending(l => l.Length).Select(Regex.Escape));
        // No labels, nothing stripped: an empty alternation would match every line.
        if (replyLabels.Length > 0)
        {
            _replyLine = RulePattern.Create(@"^\s*(?:" + replyLabels + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            _replySuffix = RulePattern.Create(@"\s*[|·•]\s*(?:" + replyLabels + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        _interfacePhrase = RulePattern.AnyPhrase(rules.CommentInterfacePhrases, RegexOptions.Compiled);
    }

    /// <summary>The comments readers wrote, each without its reply button's label; the section's chrome dropped.</summary>
    public IReadOnlyList<Comment> Of(IReadOnlyList<Comment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var cleaned = comments.Select(WithoutReplyLabels).Select(SignedBelow).ToList();
        return cleaned.Any(c => c.Text.Length == 0 || IsChrome(c)) ? [.. cleaned.Where(c => c.Text.Length > 0 && !IsChrome(c))] : cleaned;
    }

    /// <summary>
    /// The comment without the reply button's label a theme prints in it: a line of its own ("très bien vos infos.\n\nRépondre\n\nArticles
    /// très bien faits…") or after a bar at a line's end ("Kommentar von jancak — 2019-01-01 @ 00:45 | Antworten").
    /// </summary>
    private Comment WithoutReplyLabels(Comment comment)
    {
        if (_replyLine is null || _replySuffix is null)
        {
            return comment;
        }

        var lines = comment.Text.Split('\n');
        var kept = lines.Where(l => !_replyLine.IsMatch(l)).Select(l => _replySuffix.Replace(l, "")).ToList();
        if (kept.Count == lines.Length && kept.SequenceEqual(lines, StringComparer.Ordinal))
        {
            return comment;
        }

        // Lines of paragraph breaks the label stood between close up to one break.
        return comment with { Text = ParagraphBreaks().Replace(string.Join("\n", kept), "\n\n").Trim() };
    }

    /// <summary>
    /// An unsigned comment whose last line is the theme's signature ("Kommentar von jancak — 2019-01-01 @ 00:45"): the commenter named
    /// there, the line out of the text (its date was read already, or is read from the comment's own date element).
    /// </summary>
    private Comment SignedBelow(Comment comment)
    {
        var lastBreak = comment.Text.LastIndexOf('\n');
        if (_signature is null || comment.Author is not null || lastBreak < 0 || _signature.Match(comment.Text[(lastBreak + 1)..]) is not { Success: true } signature)
        {
            return comment;
        }

        return comment with { Author = signature.Groups["author"].Value.Trim(), Text = comment.Text[..lastBreak].TrimEnd() };
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ParagraphBreaks();

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
