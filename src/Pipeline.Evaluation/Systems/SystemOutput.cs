namespace Pipeline.Evaluation.Systems;

/// <summary>What one extraction system produced for one page, reduced to the fields the metrics compare.</summary>
/// <param name="Text">All articles' texts joined with a blank line; empty when nothing was extracted.</param>
/// <param name="Title">The first article's title.</param>
/// <param name="Authors">The first article's authors.</param>
/// <param name="Agencies">The first article's agencies.</param>
/// <param name="SiteName">The first article's site name.</param>
/// <param name="PublishedAt">The first article's publication date, ISO 8601.</param>
/// <param name="Failure">Why nothing was produced (the engine's failure reason or an exception), null on success.</param>
/// <param name="InternalError">True when the system crashed rather than rejected the input.</param>
public sealed record SystemOutput(
    string Text,
    string? Title,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Agencies,
    string? SiteName,
    string? PublishedAt,
    string? Failure,
    bool InternalError)
{
    public static SystemOutput Failed(string failure, bool internalError) =>
        new(string.Empty, null, [], [], null, null, failure, internalError);
}
