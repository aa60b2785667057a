using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Matching;

/// <summary>
/// The matches of <c>(?:a1)|(?:a2)|…</c>, found with one regex per alternative: at the leftmost position where any alternative matches,
/// the first alternative in order wins, and the search resumes after the match, exactly as the single regex does. One regex per
/// alternative keeps each one's start-character search (digits for a numeric date), which a single regex over mixed alternatives loses,
/// trying every alternative at every position; and a regex over a large alternation compiles past the size the JIT optimises.
/// </summary>
public sealed class SplitAlternation
{
    private readonly Regex[] _regexes;
    private readonly int?[] _digitWithin;
    private readonly bool[] _startsWord;
    private readonly Regex?[] _candidates;

    /// <summary>The alternatives in priority order, each compiled with <paramref name="options"/>; group names may repeat across them. None may match empty text.</summary>
    public SplitAlternation(IEnumerable<RegexAlternative> alternatives, RegexOptions options)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        var list = alternatives.ToList();
        if (list.Any(a => a.DigitWithin is not null && a.Candidate is not null))
        {
            throw new ArgumentException("An alternative is searched either from the digits or by its candidate, not both.", nameof(alternatives));
        }

        if (list.Any(a => a.StartsWord && a.DigitWithin is null))
        {
            throw new ArgumentException("Only an alternative searched from the digits is told it starts a word.", nameof(alternatives));
        }

        // An alternative searched from the digits or by a candidate is tried at chosen positions only: \G anchors each try there.
        // Alternatives that differ only in their candidates share one regex, compiled once.
        var compiled = new Dictionary<string, Regex>(StringComparer.Ordinal);
        _regexes = [.. list.Select(a => a.DigitWithin is null && a.Candidate is null ? a.Pattern : @"\G(?:" + a.Pattern + ")")
            .Select(p => compiled.TryGetValue(p, out var regex) ? regex : compiled[p] = RulePattern.Create(p, options))];
        _digitWithin = [.. list.Select(a => a.DigitWithin)];
        _startsWord = [.. list.Select(a => a.StartsWord)];
        _candidates = [.. list.Select(a => a.Candidate is null ? null : RulePattern.Create(a.Candidate, options))];
    }

    /// <summary>Every match in <paramref name="text"/>, left to right, none overlapping.</summary>
    public List<Match> Matches(string text) => [.. Enumerate(text)];

    /// <summary>The matches of <see cref="Matches"/>, found one at a time: a reader that stops early leaves the rest of the text unsearched.</summary>
    public IEnumerable<Match> Enumerate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnumerateCore(text);
    }

    private IEnumerable<Match> EnumerateCore(string text)
    {
        var next = new Match[_regexes.Length];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = Next(i, text, 0);
        }

        while (true)
        {
            var best = -1;
            for (var i = 0; i < next.Length; i++)
            {
                // Strictly leftmost; on a tie the earlier alternative keeps its place.
                if (next[i].Success && (best < 0 || next[i].Index < next[best].Index))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            var match = next[best];
            yield return match;
            var resume = match.Index + Math.Max(1, match.Length);
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < resume)
                {
                    next[i] = resume > text.Length ? Match.Empty : Next(i, text, resume);
                }
            }
        }
    }

    /// <summary>The leftmost match of alternative <paramref name="i"/> starting at or after <paramref name="start"/>.</summary>
    private Match Next(int i, string text, int start)
    {
        var regex = _regexes[i];
        if (_candidates[i] is { } candidate)
        {
            // Every start of a match is a start of the candidate's, so trying the candidate's starts in order meets the leftmost match.
            for (var found = candidate.Match(text, start); found.Success; found = candidate.Match(text, found.Index + 1))
            {
                var match = regex.Match(text, found.Index);
                if (match.Success)
                {
                    return match;
                }
            }

            return Match.Empty;
        }

        if (_digitWithin[i] is not { } reach)
        {
            return regex.Match(text, start);
        }

        // Every match's first digit d lies within reach of its start once the whitespace before d is left out, so trying the
        // positions from there up to d, digit after digit, meets every possible start in order.
        var tried = start - 1;
        for (var d = start; d < text.Length; d++)
        {
            if (!char.IsDigit(text[d]))
            {
                continue;
            }

            var before = d;
            while (before > 0 && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            for (var at = Math.Max(tried + 1, before - reach); at <= d; at++)
            {
                if (_startsWord[i] && !(char.IsLetter(text[at]) && (at == 0 || !char.IsLetter(text[at - 1]))))
                {
                    continue;
                }

                var match = regex.Match(text, at);
                if (match.Success)
                {
                    return match;
                }
            }

            tried = d;
        }

        return Match.Empty;
    }
}
