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

    // The patterns that each require a plain ASCII word: a text holding none of those words cannot match them, so their regex runs
    // only on the few that do. The other patterns keep their own regex.
    private readonly Regex? _worded;
    private readonly SearchValues<string>? _words;
    private readonly Regex? _pattern;
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
        var words = patterns.Select(RequiredWord.Of).ToList();
        var worded = patterns.Where((_, i) => words[i] is { } word && Ascii.IsValid(word)).ToList();
        var rest = patterns.Where((_, i) => words[i] is not { } word || !Ascii.IsValid(word)).ToList();
        _worded = RuleAlternation.Compile(worded);
        _pattern = RuleAlternation.Compile(rest);
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
        if (_pattern is null && _worded is null)
        {
            return blocks;
        }

        List<TextBlock>? kept = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Matches(block))
            {
                kept ??= blocks.Take(i).ToList();
                removed.Record(_reason, block.Text);
                continue;
            }

            kept?.Add(block);
        }

        return kept ?? blocks;
    }

    private bool Matches(TextBlock block) =>
        (block.Kind is TextBlockKind.Paragraph or TextBlockKind.ListItem || (_headings && block.Kind == TextBlockKind.Heading))
        && block.Text.Length <= _maxChars
        && IsMatch(block.Text);

    /// <summary>Whether one of the patterns matches: what one regex of them all answers.</summary>
    private bool IsMatch(string text) =>
        (_worded is not null && (text.AsSpan().ContainsAny(FoldedLikeAscii) || text.AsSpan().ContainsAny(_words!)) && _worded.IsMatch(text))
        || (_pattern is not null && _pattern.IsMatch(text));
}
