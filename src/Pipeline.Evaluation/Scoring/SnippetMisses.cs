namespace Pipeline.Evaluation.Scoring;

/// <summary>The snippets one page got wrong: with-snippets missing from the text and without-snippets leaked into it.</summary>
public sealed record SnippetMisses(IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked);
