using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Splits the month names into groups none of which holds a name whose first letter another group's names start with, in any case the
/// regex options fold together: at any place in a text, only one group's names can start. Latin-script names form one group and the
/// other scripts another, which keeps each group's prefix tree small enough for the JIT to optimise.
/// </summary>
internal static class MonthNameGroups
{
    /// <summary>The first character past the Latin, IPA and combining-mark blocks (Greek and Coptic begins here).</summary>
    private const char FirstNonLatin = '\u0370';

    /// <summary>The groups, Latin first; one group when a first letter of one would fold onto another's under <paramref name="options"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyCollection<string> names, RegexOptions options)
    {
        ArgumentNullException.ThrowIfNull(names);
        var latin = names.Where(n => n.Length > 0 && n[0] < FirstNonLatin).ToList();
        var other = names.Where(n => n.Length == 0 || n[0] >= FirstNonLatin).ToList();
        if (latin.Count == 0 || other.Count == 0 || other.Any(n => n.Length == 0))
        {
            return [[.. names]];
        }

        // The regex engine's own case folding decides, so that no letter the options fold together can start names of both groups.
        var latinFirst = RulePattern.Create(
            "^(?:" + string.Join('|', latin.Select(n => Regex.Escape(n[..1])).Distinct()) + ")$",
            (options & ~RegexOptions.Compiled) | RegexOptions.ExplicitCapture);
        return other.Any(n => latinFirst.IsMatch(n[..1])) ? [[.. names]] : [latin, other];
    }
}
