namespace Pipeline.Evaluation.Datasets;

/// <summary>Text snippets that must appear in the extracted text (<see cref="With"/>) or must not (<see cref="Without"/>, comments included).</summary>
public sealed record SnippetLabels(IReadOnlyList<string> With, IReadOnlyList<string> Without);
