using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// Drops short paragraphs whose wording gives them away as something other than the story, where no class marks them: reader appeals
/// (subscribe, newsletter, follow us, get the app, log in, donate) and disclosures, or caption lines printed as plain paragraphs ("… Foto: Andina").
/// </summary>
public sealed class PatternParagraphRemover
{
    // Characters the regex's invariant case folding equates with an ASCII letter (Kelvin sign, long s, dotted and dotless i): a text
    // holding one is searched by the regexes alone, since an ordinal word search would not see the letter in it.
    private static readonly SearchValues<char> FoldedLikeAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // The patterns anchored at the start share one regex that is tried at the first character only. Of the others, those that each
    // require a plain ASCII word share one regex that runs only on texts holding one of those words (a text holding none cannot match
    // them), and each of the rest keeps a regex of its own: joined, their different openings would leave the engine no prefix to search
    // for and it would try the whole alternation at every character. Such a regex that opens with alternatives ("ikuti|follow|siga …")
    // runs only on texts holding one of the words every match of it needs ("google", "whatsapp" or "telegram"), when its pattern tells
    // them: one search for a few words is cheaper than the regex trying each of its openings. One that opens with a plain word finds
    // that word faster than such a search would.
    private readonly Regex? _worded;
    private readonly SearchValues<string>? _words;
    private readonly Regex? _anchored;
    private readonly (Regex Regex, SearchValues<string>? Words)[] _unanchored;
    private readonly int _maxChars;
    private readonly string _reason;
    private readonly bool _headings;

    /// <param name="patterns">Regular expressions (case-insensitive) from the rules.</param>
    /// <param name="maxChars">Longer paragraphs are article text that happens to match.</param>
    /// <param name="reason">The removal reason recorded for dropped paragraphs.</param>
    /// <param name="headings">Whether headings are judged too: an appeal set as a heading ("Nichts mehr versäumen!") is still an appeal, while a caption never is one.</param>
    public PatternParagraphRemover(IReadOnlyList<string> patterns, int maxChars, string reason, bool headings = false)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _maxChars = maxChars;
        _reason = reason;
        _headings = headings;
        var words = patterns.Select(p => IsAnchored(p) ? null : RequiredWord.Of(p)).ToList();
        var worded = patterns.Where((_, i) => words[i] is { } word && Ascii.IsValid(word)).ToList();
        var rest = patterns.Where((_, i) => words[i] is not { } word || !Ascii.IsValid(word)).ToList();
        _worded = RuleAlternation.Compile(worded);
        _anchored = RuleAlternation.Compile(rest.Where(IsAnchored).ToList());
        _unanchored = [.. rest.Where(p => !IsAnchored(p)).Select(p => (RuleAlternation.Compile([p])!, OpensWithWord(p) ? null : AsciiWordSearch(RequiredWord.AnyOf(p))))];
        if (_worded is not null)
        {
            _words = SearchValues.Create([.. words.Where(w => w is not null && Ascii.IsValid(w)).Distinct(StringComparer.OrdinalIgnoreCase)!], StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Returns <paramref name="blocks"/> without the matching paragraphs; dropped blocks are recorded in <paramref name="removed"/>.</summary>
    public IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        if (_worded is null && _anchored is null && _unanchored.Length == 0)
        {
            return blocks;
        }

        return BlockDropper.Drop(blocks, removed, _reason, Matches);
    }

    private bool Matches(TextBlock block) =>
        (block.Kind is TextBlockKind.Paragraph or TextBlockKind.ListItem || (_headings && block.Kind == TextBlockKind.Heading))
        && block.Text.Length <= _maxChars
        && IsMatch(block.Text);

    /// <summary>Whether one of the patterns matches: what one regex of them all answers.</summary>
    private bool IsMatch(string text)
    {
        var folded = text.AsSpan().ContainsAny(FoldedLikeAscii);
        if ((_worded is not null && (folded || text.AsSpan().ContainsAny(_words!)) && _worded.IsMatch(text))
            || (_anchored is not null && _anchored.IsMatch(text)))
        {
            return true;
        }

        foreach (var (pattern, words) in _unanchored)
        {
            if ((words is null || folded || text.AsSpan().ContainsAny(words)) && pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A case-insensitive search for <paramref name="words"/>, or null when there are none or one is not plain ASCII.</summary>
    private static SearchValues<string>? AsciiWordSearch(IReadOnlyList<string>? words) =>
        words is { Count: > 0 } && words.All(w => Ascii.IsValid(w)) ? SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>Whether the pattern opens with a plain word of three letters or more (after a word boundary), which the regex searches for itself.</summary>
    private static bool OpensWithWord(string pattern)
    {
        var start = pattern.StartsWith(@"\b", StringComparison.Ordinal) ? 2 : 0;
        var letters = 0;
        while (start + letters < pattern.Length && char.IsLetter(pattern[start + letters]))
        {
            letters++;
        }

        return letters >= 3;
    }

    /// <summary>A pattern that can only match at the start of the text: it opens with <c>^</c> outside any group.</summary>
    private static bool IsAnchored(string pattern) => pattern.StartsWith('^');
}
