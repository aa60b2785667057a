using System.Text.RegularExpressions;

namespace Pipeline.Core.Rules;

/// <summary>Compiles a list of rule patterns into one case-insensitive alternation, so a line is tested once rather than once per pattern.</summary>
public static class RuleAlternation
{
    /// <summary>One regex matching any of <paramref name="patterns"/>, or null when the list is empty.</summary>
    public static Regex? Compile(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return patterns.Count == 0
            ? null
            : RulePattern.Create(string.Join("|", patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
