namespace Pipeline.Core.Model;

/// <summary>Which engine and which rules produced an output; equal values mean reprocessing would change nothing.</summary>
public sealed record PipelineInfo(string Version, string RulesSha256);
