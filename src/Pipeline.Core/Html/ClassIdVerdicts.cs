using System.Collections.Concurrent;
using System.Numerics;
using Pipeline.Core.Matching;

namespace Pipeline.Core.Html;

/// <summary>
/// Several class/id patterns judged together on one string, the answers remembered as one bit mask: a stage that asks four patterns
/// about every element pays one memo lookup instead of four (a lookup in a large memo is mostly cache misses).
/// </summary>
public sealed class ClassIdVerdicts
{
    /// <summary>Distinct strings remembered before the memo starts over.</summary>
    private const int MaxRemembered = 50_000;

    private readonly ClassIdPattern[] _patterns;

    // With every pattern a word search (an empty one has no words and never matches), one scan for all their words tells which
    // patterns an ASCII string may match: those whose words are the whole pattern are answered by it, the others only ruled out.
    private readonly AsciiWordIndex? _words;
    private readonly int _answeredByWords;
    private readonly ConcurrentDictionary<string, int> _masks = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; the memo's size is tracked apart (approximately, under races: it only bounds memory).
    private int _remembered;

    /// <summary>The patterns, at most 31; pattern i answers in bit i.</summary>
    public ClassIdVerdicts(IReadOnlyList<ClassIdPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patterns.Count, 31);
        _patterns = [.. patterns];
        if (_patterns.All(p => p.IsWordSearch))
        {
            _words = new AsciiWordIndex(_patterns.SelectMany((p, i) => p.RequiredWords.Select(w => (w, 1 << i))));
            _answeredByWords = _patterns.Select((p, i) => p.IsAnsweredByWords ? 1 << i : 0).Sum();
        }
    }

    /// <summary>The bit mask of the patterns that match <paramref name="classAndId"/> (bit i for pattern i; 0 for an empty string).</summary>
    public int Judge(string classAndId)
    {
        ArgumentNullException.ThrowIfNull(classAndId);
        if (classAndId.Length == 0)
        {
            return 0;
        }

        // The word scan answers (or rules out) an ASCII string faster than the memo would.
        if (_words is not null && _words.TryFind(classAndId, out var found))
        {
            var answered = found & _answeredByWords;
            for (var unsure = found & ~_answeredByWords; unsure != 0; unsure &= unsure - 1)
            {
                var i = BitOperations.TrailingZeroCount(unsure);
                if (_patterns[i].IsMatch(classAndId))
                {
                    answered |= 1 << i;
                }
            }

            return answered;
        }

        if (_masks.TryGetValue(classAndId, out var mask))
        {
            return mask;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].IsMatch(classAndId))
            {
                mask |= 1 << i;
            }
        }

        if (_remembered >= MaxRemembered)
        {
            _masks.Clear();
            _remembered = 0;
        }

        if (_masks.TryAdd(classAndId, mask))
        {
            Interlocked.Increment(ref _remembered);
        }

        return mask;
    }
}
