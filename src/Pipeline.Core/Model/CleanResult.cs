namespace Pipeline.Core.Model;

/// <summary>Everything the engine learned from one input: its articles, what was removed and where it came from.</summary>
public sealed record CleanResult(
    int SchemaVersion,
    SourceInfo Source,
    PipelineInfo Pipeline,
    PageKind PageKind,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<RemovedBlock> Removed)
{
    /// <summary>The output schema this engine writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
