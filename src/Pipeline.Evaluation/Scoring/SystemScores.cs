using Pipeline.Evaluation.Running;

namespace Pipeline.Evaluation.Scoring;

/// <summary>Everything measured for one system on one dataset: the metrics that apply, speed, memory and per-page scores.</summary>
public sealed record SystemScores
{
    public required string System { get; init; }
    public required int Pages { get; init; }

    /// <summary>Pages the system produced nothing for (engine failures or baseline crashes).</summary>
    public required int Failures { get; init; }

    /// <summary>Pages where the system crashed (the engine's <c>InternalError</c>, a baseline exception).</summary>
    public required int InternalErrors { get; init; }

    public ShingleCorpusScore? Body { get; init; }
    public SnippetCounts? Snippets { get; init; }
    public DateCounts? Dates { get; init; }
    public AuthorScores? Authors { get; init; }
    public TitleScores? Titles { get; init; }
    public required double DocumentsPerSecond { get; init; }
    public required double MeanMilliseconds { get; init; }
    public required double SlowestMilliseconds { get; init; }
    public required string? SlowestPage { get; init; }
    public required long AllocatedBytes { get; init; }
    public required long PeakManagedBytes { get; init; }

    /// <summary>Every timed pass's speed and memory (several with repeats).</summary>
    public IReadOnlyList<TimedPass> Passes { get; init; } = [];
    public required IReadOnlyList<PageScore> PageScores { get; init; }
}
