using System.Buffers;
using System.Collections.Concurrent;

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
    private readonly bool _wordSearches;

    // With every pattern a word search (an empty one has no words and never matches), one search for all their words rules out
    // at once the strings none of them can match.
    private readonly SearchValues<string>? _anyWord;
    private readonly ConcurrentDictionary<string, int> _masks = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; the memo's size is tracked apart (approximately, under races: it only bounds memory).
    private int _remembered;

    /// <summary>The patterns, at most 31; pattern i answers in bit i.</summary>
    public ClassIdVerdicts(IReadOnlyList<ClassIdPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patterns.Count, 31);
        _patterns = [.. patterns];
        _wordSearches = _patterns.All(p => p.IsWordSearch);
        if (_wordSearches)
        {
            _anyWord = SearchValues.Create([.. _patterns.SelectMany(p => p.RequiredWords).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
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

        // Word searches answer (or rule out) an ASCII string faster than the memo would.
        var direct = _wordSearches && System.Text.Ascii.IsValid(classAndId);
        var mask = 0;
        if (direct && _anyWord is not null && !classAndId.AsSpan().ContainsAny(_anyWord))
        {
            return 0;
        }

        if (!direct && _masks.TryGetValue(classAndId, out mask))
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

        if (direct)
        {
            return mask;
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
