using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// A block in figure or caption markup with no picture that is a promo, not a figure: a newsletter sign-up (it holds an address field) or a
/// teaser of another story (its text is mostly a link: "… Read more").
/// </summary>
public static class PicturelessPromo
{
    /// <summary>A teaser's title is a link; a caption may link a name or a source, not most of what it says.</summary>
    private const double MinTeaserLinkShare = 0.6;

    /// <summary>A sign-up box says a line or two and the fine print; a longer block around a caption is the story holding a form somewhere.</summary>
    private const int MaxSignUpBoxChars = 600;

    /// <summary>A credit or a one-word link ("Getty") is no teaser.</summary>
    private const int MinTeaserChars = 25;

    /// <summary>The removal reason of <paramref name="figure"/> (with <paramref name="before"/> the element just before it, if any) when it is a promo rather than a figure; null when it is a figure.</summary>
    public static string? Reason(IElement figure, IElement? picture, IElement? before, HtmlPatterns patterns)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(patterns);
        // Most figures hold a picture (<paramref name="picture"/>, found by the caller); the slower look for a painted one is left for those that do not.
        if (picture is not null || patterns.Credit.IsMatch(figure) || ImageSource.OfFigure(figure, null) is not null)
        {
            return null;
        }

        // A caption set apart from its picture follows the picture's wrapper and may link its photographer or source; a card's title links
        // where its picture links.
        if (before is not null && ImageSource.Picture(before) is { } pictureBefore && !LinksAlike(pictureBefore, figure))
        {
            return null;
        }

        var linkChars = 0;
        foreach (var element in figure.Descendants<IElement>())
        {
            switch (element.TagName)
            {
                case "INPUT" when IsAddressField(element):
                    return RemovalReasons.Newsletter;
                case "IMG" or "PICTURE" or "VIDEO" or "IFRAME" or "CANVAS" or "AMP-IMG":
                    return null;
                case "A" when element.GetAttribute("href") is { Length: > 1 } href && href[0] != '#':
                    linkChars += ElementText.Length(element, int.MaxValue);
                    break;
            }
        }

        // Fine print under a sign-up form may be named as a caption ("form-caption"): the block around it holds the address field.
        if (figure.ParentElement is { } box && ElementText.Length(box, MaxSignUpBoxChars) < MaxSignUpBoxChars && HasAddressField(box))
        {
            return RemovalReasons.Newsletter;
        }

        var chars = ElementText.Length(figure, int.MaxValue);
        return chars >= MinTeaserChars && linkChars >= chars * MinTeaserLinkShare ? RemovalReasons.Related : null;
    }

    /// <summary>An e-mail address field marks a sign-up (polls, searches and embed-code boxes have other fields).</summary>
    private static bool IsAddressField(IElement element) =>
        element.TagName == "INPUT" && string.Equals(element.GetAttribute("type"), "email", StringComparison.OrdinalIgnoreCase);

    private static bool HasAddressField(IElement box) => box.Descendants<IElement>().Any(IsAddressField);

    /// <summary>True when the link around <paramref name="picture"/> goes where a link in <paramref name="caption"/> goes.</summary>
    private static bool LinksAlike(IElement picture, IElement caption)
    {
        if (picture.Closest("a")?.GetAttribute("href") is not { Length: > 1 } target)
        {
            return false;
        }

        foreach (var link in caption.QuerySelectorAll("a"))
        {
            if (link.GetAttribute("href") == target)
            {
                return true;
            }
        }

        return false;
    }
}
