using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Cleaning;

/// <summary>What an extractor found in one decoded input, before the cleaner adds source and pipeline facts.</summary>
/// <param name="PageKind">Whether the page reads as one article or a listing.</param>
/// <param name="Articles">The cleaned articles; empty when no article text was found.</param>
/// <param name="Removed">Blocks removed outside any article.</param>
/// <param name="Metadata">The page's metadata when no article text was found, so the failure can carry it for triage.</param>
/// <param name="NoArticleReason">Why there is no article when the extractor can say more than that none was found (a bot check).</param>
public sealed record Extraction(PageKind PageKind, IReadOnlyList<Article> Articles, IReadOnlyList<RemovedBlock> Removed, PageMetadata? Metadata = null, string? NoArticleReason = null);
