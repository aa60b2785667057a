namespace Pipeline.Evaluation.Datasets;

/// <summary>The ground truth known for one page; a null member means "not labelled" and the metric skips the page.</summary>
public sealed record PageLabels
{
    /// <summary>Acceptable article bodies; the AEB metric takes the best (several when optional paragraphs exist).</summary>
    public IReadOnlyList<string>? BodyVariants { get; init; }

    public SnippetLabels? Snippets { get; init; }

    public string? Title { get; init; }

    /// <summary>Author names (already split into one name each).</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    public DateLabel? Date { get; init; }
}
