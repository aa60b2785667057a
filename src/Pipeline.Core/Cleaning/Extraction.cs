using Pipeline.Core.Model;

namespace Pipeline.Core.Cleaning;

/// <summary>What an extractor found in one decoded input, before the cleaner adds source and pipeline facts.</summary>
public sealed record Extraction(PageKind PageKind, IReadOnlyList<Article> Articles, IReadOnlyList<RemovedBlock> Removed);
