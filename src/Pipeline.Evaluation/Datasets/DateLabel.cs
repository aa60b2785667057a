namespace Pipeline.Evaluation.Datasets;

/// <summary>A labelled publication date: ISO-like text (day or instant), or null when the page is labelled as having no date.</summary>
public sealed record DateLabel(string? Value);
