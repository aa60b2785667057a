using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Whether an element the head scan meets is marked as a byline: its tag, rel or itemprop, a component name, a class, or a link to an author's page.</summary>
internal sealed class BylineMarkup(ClassIdPattern byline, AuthorPageLink authorLinks)
{
    /// <summary>An author box this short holds a name and a date, not a biography.</summary>
    private const int ShortAuthorBox = 80;

    /// <summary>Whether <paramref name="element"/> is a byline element of the page on <paramref name="site"/>.</summary>
    /// <param name="element">The element.</param>
    /// <param name="tag">Its local name.</param>
    /// <param name="marks">Its "class id" string (see <see cref="HeadClassMarks"/>).</param>
    /// <param name="verdict">The class patterns' verdict on <paramref name="marks"/>.</param>
    /// <param name="attributes">Its attributes the scan reads.</param>
    /// <param name="site">The page's own site, when its canonical address says.</param>
    public bool IsByline(IElement element, string tag, string marks, int verdict, in ScannedAttributes attributes, string? site)
    {
        if (tag is "author" or "address" && (marks.Length == 1 || (verdict & HeadClassMarks.Byline) != 0))
        {
            // An unmarked <address> with digits is a postal address (street number, postcode, phone), not the author's contact.
            return marks.Length > 1 || !element.TextContent.Any(char.IsDigit);
        }

        var rel = attributes.Rel ?? "";
        var component = (attributes.Component ?? "") + " " + (attributes.TestId ?? "");
        var flagged = rel.Contains("author", StringComparison.OrdinalIgnoreCase)
            || (attributes.Itemprop ?? "").Contains("author", StringComparison.OrdinalIgnoreCase)
            || (component.Length > 1 && byline.IsMatch(component))
            || (verdict & HeadClassMarks.Byline) != 0
            || (tag == "a" && attributes.Href is { } href && authorLinks.Credits(element, href, site));
        // Large containers are checked by child count first: their text is long anyway, and reading it is the costly part.
        return flagged && element.ChildElementCount <= 12 && ElementText.Length(element, 300) is > 1 and < 300;
    }

    /// <summary>An "author box" holding no more than a name and a date is the byline, not the author's biography below the story.</summary>
    public bool IsShortAuthorBox(IElement element, string marks) =>
        byline.IsMatch(marks) && element.ChildElementCount <= 4 && ElementText.Length(element, ShortAuthorBox + 1) <= ShortAuthorBox;
}
