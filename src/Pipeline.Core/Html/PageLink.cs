namespace Pipeline.Core.Html;

/// <summary>Tells a link to a page from an in-page anchor or a script hook.</summary>
public static class PageLink
{
    /// <summary>True when <paramref name="href"/> leads to a page: not blank, not a fragment of the same page, not a <c>javascript:</c> hook.</summary>
    public static bool LeadsAway(string? href) =>
        !string.IsNullOrWhiteSpace(href) && href[0] != '#' && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
