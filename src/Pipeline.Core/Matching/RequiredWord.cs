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
        var runs = new List<string>();
        var run = new StringBuilder();
        for (var i = 0; i < fragment.Length; i++)
        {
            var c = fragment[i];
            switch (c)
            {
                case '|':
                    // An alternative at the top level: no single word is required.
                    return null;
                case '(' when i + 2 < fragment.Length && fragment[i + 1] == '?' && char.IsLetter(fragment[i + 2]):
                    // Inline options such as (?x) or (?-i) change what the rest means.
                    return null;
                case '(' or '[':
                    Flush();
                    i = SkipGroup(fragment, i);
                    if (i < 0)
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
                        var close = fragment.IndexOf('}', i);
                        if (close < 0)
                        {
                            return null;
                        }

                        i = close;
                    }

                    break;
                case '\\':
                    // An escape may be a class (\s, \d, \b): the run ends, and the escaped character is not kept.
                    Flush();
                    i++;
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
        return runs.Count == 0 ? null : runs.MaxBy(r => r.Length);

        void Flush()
        {
            if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }
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
