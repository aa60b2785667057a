using System.Text.RegularExpressions;

namespace Pipeline.Core.Rules;

/// <summary>Builds every regex the engine makes at run time from rules data, each with a limit on how long one match may run.</summary>
public static class RulePattern
{
    /// <summary>
    /// The longest one match may run. The document's time budget is checked between stages and cannot stop a match, so without a limit
    /// a rules edit with a runaway pattern ("(\w+\s?)+$") would hold a worker for hours. The limit is the default budget: a match this
    /// long has spent the whole budget anyway, so the limit never fails a page the budget would pass (a one-second limit did, on a
    /// loaded machine).
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The regex for <paramref name="pattern"/> with <see cref="MatchTimeout"/>; a match that runs longer throws <see cref="RegexMatchTimeoutException"/>.</summary>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) => new(pattern, options, MatchTimeout);

    /// <summary>The rules' words or phrases as one regex alternation, escaped and longest first (so "photos" is tried before "photo").</summary>
    public static string Alternatives(IEnumerable<string> phrases) => string.Join("|", phrases.OrderByDescending(p => p.Length).Select(Regex.Escape));

    /// <summary>A case-insensitive regex for any of <paramref name="phrases"/> with no letter just before or after it; it matches nothing when there are none.</summary>
    public static Regex AnyPhrase(IReadOnlyCollection<string> phrases, RegexOptions options = RegexOptions.None) => Create(
        phrases.Count == 0 ? "(?!)" : @"(?<!\p{L})(?:" + Alternatives(phrases) + @")(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | options);
}
