namespace Pipeline.Core.Metadata;

/// <summary>What a page's JSON-LD says about its article (the article-like node, else the web page node).</summary>
public sealed record JsonLdFacts
{
    public static JsonLdFacts Empty { get; } = new();

    public string? Headline { get; init; }
    public IReadOnlyList<JsonLdAuthor> Authors { get; init; } = [];
    public string? DatePublished { get; init; }
    public string? DateCreated { get; init; }
    public string? DateModified { get; init; }

    /// <summary>When the article node gives no date: the first other node's publication or upload date (a HowTo, a Recipe, a video page).</summary>
    public string? OtherDatePublished { get; init; }
    public string? PublisherName { get; init; }

    /// <summary>True when the publisher is typed as a person (personal blogs), so its name may well be the author's.</summary>
    public bool PublisherIsPerson { get; init; }
    public string? WebSiteName { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>The article node's articleBody as written (line breaks kept): the full text on pages that render it with scripts.</summary>
    public string? ArticleBody { get; init; }
}

/// <summary>
/// One JSON-LD author: the name as given, whether it is typed as an organisation, and whether the article only points to it by its @id
/// (a site-wide person node: the CMS account that published the story).
/// </summary>
public sealed record JsonLdAuthor(string Name, bool IsOrganization, bool ByReference = false);
