namespace Pipeline.Core.Model;

/// <summary>A figure taken out of the body: its caption and credit never end up in the text.</summary>
public sealed record ArticleImage(string? Caption, string? Credit, string? Src);
