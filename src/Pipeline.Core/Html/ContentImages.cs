using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// The images that belong to the chosen article: those inside it (its parts, its root, the &lt;article&gt; or &lt;main&gt; around its root)
/// and those before it (the hero picture over the headline); not those after it elsewhere in the page, which are the pictures of
/// teaser cards, galleries of other stories and a footer's "credits" line. A picture the page's markup names as the article's image
/// (schema.org's <c>itemprop="image"</c>) is kept wherever the template sets it (fem.com's hero picture comes after the story).
/// </summary>
public static class ContentImages
{
    public static IReadOnlyList<ArticleImage> Of(IReadOnlyList<PlacedImage> found, MainContent content, IReadOnlyList<IElement> parts)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(parts);
        var article = content.Root.Ancestors<IElement>().FirstOrDefault(a => a.TagName is "ARTICLE" or "MAIN");
        var kept = new List<ArticleImage>(found.Count);
        foreach (var (image, source) in found)
        {
            if (!Follows(source, content.Root) || content.Root.Contains(source) || article?.Contains(source) == true || parts.Any(p => p.Contains(source))
                || IsArticleImage(source))
            {
                kept.Add(image);
            }
        }

        return kept;
    }

    private static bool IsArticleImage(IElement source) =>
        source.GetAttribute("itemprop") == "image" || source.QuerySelector("[itemprop=image]") is not null;

    private static bool Follows(IElement element, IElement root) => (root.CompareDocumentPosition(element) & DocumentPositions.Following) != 0;
}
