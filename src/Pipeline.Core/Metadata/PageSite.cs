namespace Pipeline.Core.Metadata;

/// <summary>Who the page says publishes it: the site's name, the publisher the structured data names (unless a person), the canonical URL's host.</summary>
internal readonly record struct PageSite(string? Name, string? Publisher, string? Host);
