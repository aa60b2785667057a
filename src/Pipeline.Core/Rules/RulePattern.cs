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
}
