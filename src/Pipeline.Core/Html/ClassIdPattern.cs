using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Matching;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>One or more class/id regular expressions from the rules, compiled once and tested against an element's "class id" string.</summary>
public sealed class ClassIdPattern
{
    private readonly Regex? _regex;
    private readonly string[] _labels;
    private readonly int[] _groupNumbers = [];

    // Pages repeat the same class strings on many elements ("teaser__item", "share-button") and several stages ask about
    // the same element; each distinct string's answer (label index, -1 for none) is remembered, up to a bound.
    private readonly ConcurrentDictionary<string, int> _answers = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; the memo's size is tracked apart (approximately, under races: it only bounds memory).
    private int _remembered;

    // The pattern's plain ASCII words, or, when every fragment requires one, those required words: an ASCII string holding none of them
    // does not match (most do not), and one scan for them is faster than a lookup in a large memo.
    private readonly string[] _words = [];
    private readonly AsciiWordIndex? _wordIndex;

    // A pattern of plain words is answered by the word scan alone.
    private readonly bool _answeredByWords;

    // No word holds a space, so none can span the join of a class and an id (see IsMatch(IElement)).
    private readonly bool _wordsWithoutSpace;

    /// <summary>A pattern whose alternatives all count as one label.</summary>
    public ClassIdPattern(IEnumerable<string> fragments)
        : this(new Dictionary<string, IReadOnlyList<string>> { [""] = fragments.ToList() })
    {
    }

    /// <summary>A pattern that reports which labelled group of alternatives matched.</summary>
    public ClassIdPattern(IReadOnlyDictionary<string, IReadOnlyList<string>> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var groups = labelled.Where(g => g.Value.Count > 0).ToList();
        _labels = groups.Select(g => g.Key).ToArray();
        if (groups.Count > 0)
        {
            // One combined regex per rule group keeps the per-element cost to a single scan.
            var alternation = string.Join("|", groups.Select((g, i) => $"(?<g{i}>{string.Join("|", g.Value)})"));
            _regex = RulePattern.Create(alternation, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
            _groupNumbers = [.. _labels.Select((_, i) => _regex.GroupNumberFromName($"g{i}"))];
            var required = groups.SelectMany(g => g.Value).Select(RequiredWord.Of).ToList();
            if (required.All(w => w is not null && AsciiWordIndex.CanHold(w)))
            {
                (_words, _wordIndex, _wordsWithoutSpace) = Indexed(required!);
            }
        }
    }

    private ClassIdPattern(IReadOnlyList<string> words)
        : this(words.Select(Regex.Escape))
    {
        if (words.Count > 0 && words.All(AsciiWordIndex.CanHold))
        {
            (_words, _wordIndex, _wordsWithoutSpace) = Indexed(words);
            _answeredByWords = true;
        }
    }

    private static (string[] Words, AsciiWordIndex Index, bool WithoutSpace) Indexed(IEnumerable<string> words)
    {
        string[] distinct = [.. words.Distinct(StringComparer.OrdinalIgnoreCase)];
        return (distinct, new AsciiWordIndex(distinct.Select(w => (w, 1))), !distinct.Any(w => w.Contains(' ', StringComparison.Ordinal)));
    }

    /// <summary>A pattern matching wherever one of <paramref name="words"/> occurs (ignoring case), with no regex syntax in them.</summary>
    public static ClassIdPattern OfWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new ClassIdPattern(words.ToList());
    }

    /// <summary>Plain ASCII words one of which occurs (ignoring case) in every ASCII string that matches; empty when not known.</summary>
    public IReadOnlyList<string> RequiredWords => _words;

    /// <summary>Whether an ASCII string matches exactly when it holds one of <see cref="RequiredWords"/> (a pattern of plain words, or an empty one).</summary>
    public bool IsAnsweredByWords => _answeredByWords || _regex is null;

    /// <summary>Whether an ASCII string is answered, or mostly ruled out, by a word search before any memo lookup.</summary>
    public bool IsWordSearch => _wordIndex is not null || _regex is null;

    /// <summary>The class and id of an element as one string, or empty when it has neither.</summary>
    public static string ClassAndId(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        // The own-attribute properties skip GetAttribute's lower-casing of the name: every stage asks this of every element.
        var cls = element.ClassName;
        var id = element.Id;
        if (string.IsNullOrEmpty(id))
        {
            return cls ?? "";
        }

        return string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    /// <summary>Distinct class/id strings remembered before the memo starts over.</summary>
    private const int MaxRemembered = 50_000;

    /// <summary>The label of the first matching group, or null.</summary>
    public string? Match(string classAndId)
    {
        if (_regex is null || classAndId.Length == 0)
        {
            return null;
        }

        // Over ASCII text, case-insensitive regex matching of ASCII words is exactly a search ignoring ASCII case.
        if (_wordIndex is not null && _wordIndex.TryFind(classAndId, out var found))
        {
            if (_answeredByWords || found == 0)
            {
                return found == 0 ? null : _labels[0];
            }
        }

        if (!_answers.TryGetValue(classAndId, out var label))
        {
            if (_remembered >= MaxRemembered)
            {
                _answers.Clear();
                _remembered = 0;
            }

            label = Array.IndexOf(_labels, Evaluate(_regex, classAndId));
            if (_answers.TryAdd(classAndId, label))
            {
                Interlocked.Increment(ref _remembered);
            }
        }

        return label < 0 ? null : _labels[label];
    }

    private string? Evaluate(Regex regex, string classAndId)
    {
        // With one label, whether anything matched is the whole answer, and IsMatch skips building the match and its groups.
        if (_labels.Length == 1)
        {
            return regex.IsMatch(classAndId) ? _labels[0] : null;
        }

        var match = regex.Match(classAndId);
        if (!match.Success)
        {
            return null;
        }

        for (var i = 0; i < _labels.Length; i++)
        {
            if (match.Groups[_groupNumbers[i]].Success)
            {
                return _labels[i];
            }
        }

        return null;
    }

    /// <summary>Whether a class/id string matches any group.</summary>
    public bool IsMatch(string classAndId) => Match(classAndId) is not null;

    /// <summary>Whether a piece of a class/id string matches any group; a pattern of words answers ASCII text without making a string of it.</summary>
    public bool IsMatch(ReadOnlySpan<char> classAndId) =>
        _answeredByWords && _wordIndex!.TryFind(classAndId, out var found) ? found != 0 : IsMatch(classAndId.ToString());

    /// <summary>Whether the element's class or id matches.</summary>
    public bool IsMatch(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        // Most elements hold none of the words in their class or their id: they are ruled out without joining the two into a new string.
        // No word holds a space, so none can span the join.
        if (_wordsWithoutSpace && HoldsNoWord(element.ClassName) && HoldsNoWord(element.Id))
        {
            return false;
        }

        return Match(ClassAndId(element)) is not null;
    }

    private bool HoldsNoWord(string? text) => string.IsNullOrEmpty(text) || (_wordIndex!.TryFind(text, out var found) && found == 0);
}
