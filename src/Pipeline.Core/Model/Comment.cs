namespace Pipeline.Core.Model;

/// <summary>A reader comment separated from the article body.</summary>
public sealed record Comment(string? Author, string? PublishedAt, string Text);
