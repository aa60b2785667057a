namespace Pipeline.Core.Metadata;

/// <summary>The original publication date and the last update, kept apart.</summary>
public sealed record PublicationDates(PageDate? Published, PageDate? Updated)
{
    public static PublicationDates None { get; } = new(null, null);
}
