namespace Pipeline.Core.Rules;

/// <summary>Rules for extracting articles from HTML (rules/html.json).</summary>
public sealed record HtmlRules
{
    public string Version { get; init; } = "";

    /// <summary>Class/id fragments that mark boilerplate containers (navigation, share bars, ads, related lists).</summary>
    public IReadOnlyList<string> BoilerplateClassPatterns { get; init; } = [];
}
