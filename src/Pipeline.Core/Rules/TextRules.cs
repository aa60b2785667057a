namespace Pipeline.Core.Rules;

/// <summary>Rules for cleaning plain-text dumps (rules/text.json).</summary>
public sealed record TextRules
{
    public string Version { get; init; } = "";

    /// <summary>Lines that are ad slots when they stand alone (compared case-insensitively after folding).</summary>
    public IReadOnlyList<string> AdLines { get; init; } = [];
}
