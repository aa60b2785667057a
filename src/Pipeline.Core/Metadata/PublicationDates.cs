namespace Pipeline.Core.Metadata;

/// <summary>The original publication date and the last update, kept apart.</summary>
/// <param name="Published">The original publication date.</param>
/// <param name="Updated">The last update, if the page states one.</param>
/// <param name="ShownDay">The day the page's own date line states in words, when a UTC publication instant makes it matter (see <see cref="NewsroomTimeZone.ToLocal"/>).</param>
public sealed record PublicationDates(PageDate? Published, PageDate? Updated, DateOnly? ShownDay = null)
{
    public static PublicationDates None { get; } = new(null, null);
}
