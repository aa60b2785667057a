using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// The images that belong to the chosen article: those inside it (its parts, its root, the &lt;article&gt; or &lt;main&gt; around its root)
/// and those before it (the hero picture over the headline); not those after it elsewhere in the page, which are the pictures of
/// teaser cards, galleries of other stories and a footer's "credits" line. A picture the page's markup names as the article's image
/// (schema.org's <c>itemprop="image"</c>) is kept wherever the template sets it (fem.com's hero picture comes after the story). Outside
/// the article, a bare picture whose file is a logo ("header-logo.png") is the site's masthead, not the article's.
/// </summary>
public static partial class ContentImages
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
            var inside = content.Root.Contains(source) || article?.Contains(source) == true || parts.Any(p => p.Contains(source));
            if (inside || IsArticleImage(source) || (!Follows(source, content.Root) && !IsBareLogo(image)))
            {
                kept.Add(image);
            }
        }

        return kept;
    }

    private static bool IsArticleImage(IElement source) =>
        source.GetAttribute("itemprop") == "image" || source.QuerySelector("[itemprop=image]") is not null;

    private static bool IsBareLogo(ArticleImage image) =>
        image is { Caption: null, Credit: null, Src: { } src } && LogoFile().IsMatch(src.AsSpan(src.LastIndexOf('/') + 1));

    // "logo" opening a word of the file name: "logo.svg", "header-logo.png", "Namibian_logo-1.png", "GuB_Logo_Header.png"; not "catalogo".
    [GeneratedRegex(@"(?:^|[^\p{L}])logo", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LogoFile();

    private static bool Follows(IElement element, IElement root) => (root.CompareDocumentPosition(element) & DocumentPositions.Following) != 0;
}
