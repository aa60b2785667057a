using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>The chosen main content: the top-scoring element and the siblings merged with it, in document order.</summary>
public sealed record MainContent(IElement Root, IReadOnlyList<IElement> Parts, double Score);
