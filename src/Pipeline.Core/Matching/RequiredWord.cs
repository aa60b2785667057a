using System.Text;

namespace Pipeline.Core.Matching;

/// <summary>
/// A plain word that every match of a regex fragment must contain ("comment" in <c>comment(?!ary)</c>, "reactions" in
/// <c>reader-?reactions</c>), read conservatively: a string without it cannot match, so a word search can rule out most strings
/// before any regex runs. Anything the reader is unsure of (escapes, classes, groups, quantifiers) only shortens what it keeps.
/// </summary>
public static class RequiredWord
{
    /// <summary>The longest required plain run of <paramref name="fragment"/>, or null when none can be told (e.g. a top-level <c>|</c>).</summary>
    public static string? Of(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        // An alternative at the top level: no single word is required. Groups are not read: a word of theirs is one of a set.
        return Branches(fragment, 0, fragment.Length).Count == 1 && Sequence(fragment, 0, fragment.Length, readGroups: false) is [var word]
            ? word
            : null;
    }

    /// <summary>
    /// Plain words of which every match of <paramref name="fragment"/> contains at least one: the longest certain run, or the words that
    /// open each alternative of a group or of the whole fragment ("ikuti|follow|siga" before "google news|whatsapp|telegram" gives
    /// "google", "whatsapp", "telegram"); null when some alternative has none.
    /// </summary>
    public static IReadOnlyList<string>? AnyOf(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        return Alternatives(fragment, 0, fragment.Length);
    }

    // Every alternative must name a word of its own; the set is their union.
    private static List<string>? Alternatives(string fragment, int start, int end)
    {
        var words = new List<string>();
        foreach (var (from, to) in Branches(fragment, start, end))
        {
            if (Sequence(fragment, from, to, readGroups: true) is not { } branch)
            {
                return null;
            }

            words.AddRange(branch.Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase)));
        }

        return words;
    }

    // The most selective set a sequence certainly holds: a plain run is a set of one, a group matched at least once gives the union of
    // its alternatives' sets (when groups are read). Selective means the shortest word is as long as can be (short words are found
    // everywhere), then fewest words.
    private static List<string>? Sequence(string fragment, int start, int end, bool readGroups)
    {
        List<string>? best = null;
        var run = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var c = fragment[i];
            switch (c)
            {
                case '(' when i + 2 < end && fragment[i + 1] == '?' && char.IsLetter(fragment[i + 2]):
                    // Inline options such as (?x) or (?-i) change what the rest means.
                    return null;
                case '(':
                    Flush();
                    var close = SkipGroup(fragment, i);
                    if (close < 0 || close >= end)
                    {
                        return null;
                    }

                    if (readGroups && GroupContentStart(fragment, i) is { } content && !IsOptional(fragment, close + 1, end))
                    {
                        Consider(Alternatives(fragment, content, close));
                    }

                    i = close;
                    break;
                case '[':
                    Flush();
                    i = SkipGroup(fragment, i);
                    if (i < 0 || i >= end)
                    {
                        return null;
                    }

                    break;
                case '?' or '*' or '+' or '{':
                    // The atom before a quantifier may be missing (or repeated): it leaves the run.
                    if (run.Length > 0)
                    {
                        run.Length--;
                    }

                    Flush();
                    if (c == '{')
                    {
                        var brace = fragment.IndexOf('}', i);
                        if (brace < 0 || brace >= end)
                        {
                            return null;
                        }

                        i = brace;
                    }

                    break;
                case '\\':
                    // An escape may be a class (\s, \d, \b): the run ends, and the escaped character is not kept.
                    Flush();
                    i = EscapeEnd(fragment, i, end);
                    break;
                default:
                    if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    {
                        run.Append(c);
                    }
                    else
                    {
                        Flush();
                    }

                    break;
            }
        }

        Flush();
        return best;

        void Flush()
        {
            if (run.Length > 0)
            {
                Consider([run.ToString()]);
                run.Clear();
            }
        }

        void Consider(List<string>? set)
        {
            if (set is not { Count: > 0 })
            {
                return;
            }

            if (best is null
                || set.Min(w => w.Length) > best.Min(w => w.Length)
                || (set.Min(w => w.Length) == best.Min(w => w.Length) && set.Count < best.Count))
            {
                best = set;
            }
        }
    }

    // Where the alternatives of the group opened at `open` begin; null for a lookaround, which matches no text of its own.
    private static int? GroupContentStart(string fragment, int open)
    {
        if (open + 1 >= fragment.Length || fragment[open + 1] != '?')
        {
            return open + 1;
        }

        var rest = fragment.AsSpan(open + 2);
        if (rest.StartsWith(":") || rest.StartsWith(">"))
        {
            return open + 3;
        }

        if ((rest.StartsWith("<") || rest.StartsWith("'")) && rest.Length > 1 && rest[1] is not ('=' or '!'))
        {
            var name = fragment.IndexOfAny(['>', '\''], open + 3);
            return name < 0 ? null : name + 1;
        }

        return null;
    }

    // A group followed by ?, *, or {0,…} may match nothing.
    private static bool IsOptional(string fragment, int next, int end) =>
        next < end && (fragment[next] is '?' or '*' || (fragment[next] == '{' && next + 1 < end && fragment[next + 1] == '0'));

    // The last index of the escape at `backslash`: \p{L} and \k<name> run to their closing bracket, \xFF and \uFFFF over their hex digits.
    private static int EscapeEnd(string fragment, int backslash, int end)
    {
        var next = backslash + 1;
        if (next >= end)
        {
            return next;
        }

        var close = fragment[next] switch
        {
            'p' or 'P' => fragment.IndexOf('}', next),
            'k' => fragment.IndexOf('>', next),
            'x' => next + 2,
            'u' => next + 4,
            _ => next,
        };
        return close < 0 ? end - 1 : Math.Min(close, end - 1);
    }

    // The alternatives at the top level of fragment[start..end], as (start, end) pairs.
    private static List<(int From, int To)> Branches(string fragment, int start, int end)
    {
        var branches = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            switch (fragment[i])
            {
                case '\\':
                    i++;
                    break;
                case '(' or '[':
                    var close = SkipGroup(fragment, i);
                    i = close < 0 ? end : close;
                    break;
                case '|':
                    branches.Add((from, i));
                    from = i + 1;
                    break;
            }
        }

        branches.Add((from, end));
        return branches;
    }

    /// <summary>The index of the bracket closing the group or class opened at <paramref name="open"/>, or -1 when it is not closed.</summary>
    private static int SkipGroup(string fragment, int open)
    {
        var depth = 0;
        var inClass = false;
        for (var i = open; i < fragment.Length; i++)
        {
            var c = fragment[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                if (!inClass && depth == 0)
                {
                    return i;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
