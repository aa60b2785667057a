namespace Pipeline.Evaluation.Scoring;

/// <summary>One page's scores (null where the page has no such label), for the worst-first listing; <see cref="SnippetMisses"/> names the snippets it got wrong.</summary>
public sealed record PageScore(
    string Id,
    double? BodyF1,
    SnippetCounts? Snippets,
    bool? DateRight,
    bool? AuthorsRight,
    bool? TitleRight,
    double Milliseconds,
    string? Failure,
    SnippetMisses? SnippetMisses = null,
    IReadOnlyList<string>? Misses = null)
{
    /// <summary>For a wrong date: the labelled day and what the system said ("none" for no date), to classify misses.</summary>
    public string? DateMiss { get; init; }

    /// <summary>Mean of the page's available scores (body F1, snippet accuracy, 1/0 for date, authors, title): the sort key for worst-first.</summary>
    public double Quality
    {
        get
        {
            var parts = new List<double>();
            if (BodyF1 is { } f1)
            {
                parts.Add(f1);
            }

            if (Snippets is { } snippets)
            {
                parts.Add(snippets.Accuracy);
            }

            foreach (var flag in new[] { DateRight, AuthorsRight, TitleRight })
            {
                if (flag is { } right)
                {
                    parts.Add(right ? 1 : 0);
                }
            }

            return parts.Count == 0 ? 1 : parts.Average();
        }
    }
}
