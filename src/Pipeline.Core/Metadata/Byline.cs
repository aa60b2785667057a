namespace Pipeline.Core.Metadata;

/// <summary>A parsed byline: the people who wrote the article and the agencies credited.</summary>
public sealed record Byline(IReadOnlyList<string> Authors, IReadOnlyList<string> Agencies)
{
    public static Byline Empty { get; } = new([], []);
}
