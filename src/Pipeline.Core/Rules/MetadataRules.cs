namespace Pipeline.Core.Rules;

/// <summary>Rules for metadata: news agencies, author roles to strip, words that are not names (rules/metadata.json).</summary>
public sealed record MetadataRules
{
    public string Version { get; init; } = "";

    /// <summary>News agencies: the canonical name and the spellings that denote it.</summary>
    public IReadOnlyList<AgencyRule> Agencies { get; init; } = [];

    /// <summary>Job titles and roles that follow or precede a name in a byline (Staff Writer, Correspondent).</summary>
    public IReadOnlyList<string> AuthorRoles { get; init; } = [];
}

/// <summary>One news agency and the ways pages write its name.</summary>
public sealed record AgencyRule(string Name, IReadOnlyList<string> Aliases);
