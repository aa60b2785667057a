using System.Globalization;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>
/// Finds a caption set in plain markup (a bare &lt;p&gt;, &lt;div&gt; or &lt;span&gt; with no caption class) by what it says: the first text after
/// an image that repeats the image's alt text, with at most a credit after it. Editors type the caption once and the CMS writes it into both
/// the alt attribute and the line under the picture; story text is never the description of the picture before it.
/// </summary>
public static class AltTextCaption
{
    /// <summary>Shorter alt texts ("Foto", "Logo", a name) match too much ordinary text to mark a caption.</summary>
    public const int MinAltChars = 15;

    /// <summary>A caption is a line or two; a longer alt text is a description of the picture or story text copied in, and the text after it may be that story text.</summary>
    public const int MaxAltChars = 200;

    /// <summary>A photographer or agency credit may follow the repeated alt text ("… Ampel-Aus. Bild: Screenshot: fdp.de").</summary>
    public const int MaxCreditChars = 80;

    /// <summary>An image this small (in declared pixels) each way is an icon.</summary>
    private const int MaxIconPixels = 32;

    /// <summary>The caption must be close after the image: wrappers, picture sources and empty elements in between are few.</summary>
    private const int MaxStepsToText = 40;

    /// <summary>The caption element after <paramref name="image"/>, or null when the next text after it does not repeat its alt text.</summary>
    public static IElement? Find(IElement image, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(pruned);
        if (image.GetAttribute("alt") is not { Length: >= MinAltChars } rawAlt)
        {
            return null;
        }

        // Most images are followed by text that opens differently from their alt text: that is settled before anything is folded or measured.
        if (NextText(image) is not { ParentElement: { } holder } next || !OpenAlike(next.Data, rawAlt))
        {
            return null;
        }

        var alt = WhitespaceFolder.FoldLine(rawAlt);
        if (alt.Length is < MinAltChars or > MaxAltChars || alt.AsSpan().Count(' ') < 2)
        {
            return null;
        }

        // The caption is the largest element around that text which still says no more than the alt text and a credit, and does not hold the
        // image itself (a figure-like wrapper holding both is left to the figure rules).
        var cap = alt.Length + MaxCreditChars + 1;
        while (holder.ParentElement is { } parent && parent.TagName != "BODY" && !parent.Contains(image) && ElementText.Length(parent, cap) < cap)
        {
            holder = parent;
        }

        // From the text itself up: a card's linked title under its thumbnail sits in a heading inside the holder, not around it.
        if (InHeadingLinkOrListItem(next.ParentElement) || pruned.IsInsideRemoved(holder))
        {
            return null;
        }

        var text = ElementText.Folded(holder, cap);
        return text.Length < cap && text.StartsWith(alt, StringComparison.Ordinal) && !RepeatsDescription(image, alt) ? holder : null;
    }

    /// <summary>
    /// An alt text that is the page's description is the story's lead copied onto the lead picture: the text after the picture is then the
    /// lead paragraph, not a caption.
    /// </summary>
    private static bool RepeatsDescription(IElement image, string alt)
    {
        if (image.Owner?.Head is not { } head)
        {
            return false;
        }

        foreach (var meta in head.ElementChildren())
        {
            if (meta.TagName == "META"
                && (meta.GetAttribute("name") ?? meta.GetAttribute("property")) is { } name
                && name.EndsWith("description", StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                var description = WhitespaceFolder.FoldLine(content);
                if (description.StartsWith(alt, StringComparison.Ordinal) || (description.Length >= MinAltChars && alt.StartsWith(description, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OpenAlike(string text, string alt)
    {
        var a = text.AsSpan().TrimStart();
        var b = alt.AsSpan().TrimStart();
        return a.Length > 0 && b.Length > 0 && a[0] == b[0];
    }

    /// <summary>A heading, a link or a list item under a picture is a section title, a teaser or a step of a list, read as such even when it repeats the alt text.</summary>
    private static bool InHeadingLinkOrListItem(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (HtmlTags.IsHeading(current.TagName) || current.TagName is "A" or "LI")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first text node with visible characters after <paramref name="image"/> in document order, within a few steps.</summary>
    private static IText? NextText(IElement image)
    {
        INode? node = image;
        for (var steps = 0; steps < MaxStepsToText && node is not null; steps++)
        {
            node = Following(node);
            switch (node)
            {
                case IText text when !string.IsNullOrWhiteSpace(text.Data):
                    return text;
                case IElement element when HtmlTags.Invisible.Contains(element.TagName) || element.TagName is "NOSCRIPT" or "IMG":
                    // An image's noscript twin or a second image comes before any caption of this one only if the page has none; an icon
                    // (a magnifier on the zoom link, 14 by 14 pixels) is part of the picture's controls, not a second picture.
                    if (element.TagName == "IMG" && !IsIcon(element))
                    {
                        return null;
                    }

                    node = LastDescendant(element);
                    break;
            }
        }

        return null;
    }

    /// <summary>An image declared at most <see cref="MaxIconPixels"/> wide and high.</summary>
    private static bool IsIcon(IElement image) =>
        int.TryParse(image.GetAttribute("width"), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width <= MaxIconPixels
        && int.TryParse(image.GetAttribute("height"), NumberStyles.None, CultureInfo.InvariantCulture, out var height) && height <= MaxIconPixels;

    /// <summary>The next node in document order: the first child, else the next sibling of the node or of its nearest ancestor that has one.</summary>
    private static INode? Following(INode node)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    private static INode LastDescendant(INode node)
    {
        while (node.LastChild is { } last)
        {
            node = last;
        }

        return node;
    }
}
