using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Takes figures, captions and credits out of the text and keeps them as <see cref="ArticleImage"/>s; a bare line repeating an image's alt text is its caption (<see cref="AltTextCaption"/>).</summary>
public sealed partial class FigureExtractor(HtmlPatterns patterns)
{
    /// <summary>An image block with more text than this is a teaser or a section with a picture, not a figure.</summary>
    private const int MaxImageBlockChars = 400;

    // The caption patterns answer in bit 0 of a verdict of _captionOrCredit.
    private const int CaptionVerdict = 1;

    // Caption and credit classes asked together: one class string and one memo lookup per element.
    private readonly ClassIdVerdicts _captionOrCredit = new([patterns.Caption, patterns.Credit]);

    /// <summary>The images of <paramref name="body"/>, wherever they stand; their figures and captions are removed from the text.</summary>
    public IReadOnlyList<ArticleImage> Extract(IElement body, PruneMap pruned) => [.. Find(body, pruned).Select(p => p.Image)];

    /// <summary>As <see cref="Extract"/>, each image with the element it was read from (for <see cref="ContentImages"/>).</summary>
    public IReadOnlyList<PlacedImage> Find(IElement body, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(pruned);
        var images = new List<PlacedImage>();
        IElement? lastSource = null;
        Visit(body);
        return images;

        // A figure with no picture, no caption and no credit left (an empty slot, a video player's frame) says nothing: it leaves the text all
        // the same but is no image.
        void Add(ArticleImage image, IElement source)
        {
            // A caption set apart from its picture completes the picture taken just before it, which had none: one whose address it
            // found too, or, when it found none, the one it follows with next to no text between (faz.net sets the caption after the
            // picture's wrapper and a button; bgr.com's featured image credit after the story follows a shop's product picture).
            if ((image.Caption ?? image.Credit) is not null && images.Count > 0 && images[^1].Image is { Caption: null, Credit: null, Src: { } bareSrc }
                && (image.Src == bareSrc || (image.Src is null && lastSource is not null && DocumentGap.IsNarrow(lastSource, source))))
            {
                images[^1] = images[^1] with { Image = image with { Src = bareSrc } };
                lastSource = source;
            }
            else if (image.Src is not null || image.Caption is not null || image.Credit is not null)
            {
                images.Add(new PlacedImage(image, source));
                lastSource = source;
            }
        }

        // itemsAreCaptions: the element is a caption-classed list too long for one caption (a gallery's legends, one item per slide).
        void Visit(IElement element, bool itemsAreCaptions = false)
        {
            // The element before each child, kept by the walk: AngleSharp's PreviousElementSibling searches the parent's child list on every call.
            IElement? previous = null;
            foreach (var child in element.ElementChildren())
            {
                var before = previous;
                previous = child;
                if (pruned.IsRemoved(child) || HtmlTags.Invisible.Contains(child.TagName))
                {
                    continue;
                }

                if (child.TagName == "IMG")
                {
                    TakeAltTextCaption(child);
                    continue;
                }

                // A figure holding a quotation and no picture (a pull quote, an embedded post) is no image: it leaves the text as a quote.
                if (child.TagName == "FIGURE" && IsQuotation(child))
                {
                    pruned.Remove(child, RemovalReasons.Quote);
                    continue;
                }

                // A figure captioned with an author's address or link (the writer's portrait over "Von <a rel=author>…</a>") is the byline.
                if (child.TagName == "FIGURE" && child.QuerySelector("figcaption address, figcaption a[rel~=author]") is not null)
                {
                    pruned.Remove(child, RemovalReasons.Byline);
                    continue;
                }

                var classAndId = ClassIdPattern.ClassAndId(child);
                var isFigure = (child.TagName == "FIGURE" && !HoldsTableOrHeading(child)) || child.TagName == "FIGCAPTION" || (itemsAreCaptions && child.TagName == "LI");
                var isImageBlock = !isFigure && IsImageBlock(child, classAndId);
                // A block with a picture whose title is a link to another page is a teaser card ("has-image" cards), not a figure: it goes as
                // related content, so the teaser rules see it and the label before it goes with it.
                if (isImageBlock && child.TagName != "FIGURE" && TeaserCard.LeadsWithLink(child))
                {
                    pruned.Remove(child, RemovalReasons.Related);
                    continue;
                }

                isFigure |= isImageBlock;
                // A heading is never a caption: a caption class on one is typography ("caption-s5" sizes), the heading a standfirst or section title;
                // nor is a link (Funke's header link "Ein Angebot von FUNKE" set in "text-caption" type).
                var verdict = isFigure || HtmlTags.IsHeading(child.TagName) || child.TagName == "A" ? 0 : _captionOrCredit.Judge(classAndId);
                if (isFigure || verdict != 0)
                {
                    // A long "caption" is a layout wrapper around the article, not a caption.
                    if (ElementText.Length(child, 1500) < 1500)
                    {
                        // Without a picture, a "figure" that holds a sign-up form or is mostly a link is a promo box or a teaser the page set in
                        // figure markup: it leaves the text as what it is, and is no image.
                        var picture = ImageSource.Picture(child);
                        if (PicturelessPromo.Reason(child, picture, before, patterns) is { } promo)
                        {
                            pruned.Remove(child, promo);
                            continue;
                        }

                        Add(ReadImage(child, picture, before), child);
                        pruned.Remove(child, RemovalReasons.Caption);
                        // A figure without a caption of its own may have it set as a bare line after it.
                        if ((picture?.TagName == "IMG" ? picture : child.QuerySelector("img")) is { } image)
                        {
                            TakeAltTextCaption(image);
                        }

                        continue;
                    }

                    // A caption-classed list too long for one caption holds a caption per item: a gallery sets its slides' legends
                    // ("1/50 United goin down …", each with its credit) in one list apart from the pictures. (A long credits list is
                    // not read so: a film's or a page's credits are text.)
                    if ((verdict & CaptionVerdict) != 0 && child.TagName is "UL" or "OL")
                    {
                        Visit(child, itemsAreCaptions: true);
                        continue;
                    }
                }

                Visit(child);
            }
        }

        void TakeAltTextCaption(IElement image)
        {
            if (AltTextCaption.Find(image, pruned) is { } caption)
            {
                // The line says the alt text and then, if anything, the credit; an alt text the CMS cut off mid-word ("so-called ‘metadat")
                // leaves the rest of the caption, not a credit: the line is then the caption whole. (The folded line runs elements together,
                // "AufregungFotocredit: SID": a credit's own element opens with a capital or a symbol, a word's rest in lower case.)
                var alt = WhitespaceFolder.FoldLine(image.GetAttribute("alt")!);
                var line = ElementText.Folded(caption);
                var cutShort = line.Length > alt.Length && char.IsLower(line[alt.Length]) && char.IsLetter(alt[^1]);
                // The caption's closing stop or a dash before the credit ("Cafe im Bohnenviertel. Foto: …") is no part of the credit.
                var credit = cutShort ? "" : WhitespaceFolder.FoldLine(line.AsSpan(alt.Length).TrimStart(". ,;:|-–—"));
                Add(patterns.CaptionCredit.Separate(new ArticleImage(cutShort ? WhitespaceFolder.FoldLine(line) : alt, credit.Length == 0 ? null : credit, ImageSource.Of(image))), caption);
                pruned.Remove(caption, RemovalReasons.Caption);
            }
        }
    }

    /// <summary>
    /// A figure holding a table or a heading (other than an unlinked one titling its figcaption) is a data table or an article header set in
    /// figure markup, not a picture: its text is read like any other block, and only its own figcaption is taken out as a caption.
    /// </summary>
    private static bool HoldsTableOrHeading(IElement figure)
    {
        foreach (var element in figure.Descendants<IElement>())
        {
            // A heading inside the figcaption titles the caption of a picture ("UK news in pictures" over each slide of a gallery), unless it
            // links elsewhere: then it is a teaser card's title.
            if (element.TagName == "TABLE"
                || (HtmlTags.IsHeading(element.TagName) && !(IsInCaption(element, figure) && element.QuerySelector("a[href]") is null)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInCaption(IElement element, IElement figure)
    {
        for (var parent = element.ParentElement; parent is not null && parent != figure; parent = parent.ParentElement)
        {
            if (parent.TagName == "FIGCAPTION")
            {
                return true;
            }
        }

        return false;
    }

    // One word and a colon closing the caption ("Quelle:", "Foto:"), or a word and "credit"/"source" ("Photo credit:").
    [GeneratedRegex(@"(?:^|(?<=[\s.!?]))(?<label>\p{L}+(?:\s+(?:credit|source|courtesy))?)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLabel();

    private static bool IsQuotation(IElement figure) => figure.QuerySelector("blockquote") is not null && ImageSource.Picture(figure) is null;

    /// <summary>A block named as an image block that holds an image and no more text than a caption: a figure built from divs (page builders, image widgets).</summary>
    private bool IsImageBlock(IElement element, string classAndId) =>
        patterns.ImageBlock.IsMatch(classAndId)
        && ElementText.Length(element, MaxImageBlockChars + 1) <= MaxImageBlockChars
        && element.QuerySelector("img") is not null;

    private ArticleImage ReadImage(IElement figure, IElement? picture, IElement? before)
    {
        var src = ImageSource.OfFigure(figure, picture) ?? PictureBefore(figure, before);
        var controls = patterns.CaptionControls;
        // Besides a credit class, a figure's <cite> names where its picture comes from ("<cite>Sanjeev Verma/Getty Images</cite>").
        var creditElement = patterns.Credit.IsMatch(figure) ? figure : figure.Descendants<IElement>().FirstOrDefault(e => e.TagName == "CITE" || patterns.Credit.IsMatch(e));
        var credit = creditElement is null ? null : controls.Text(creditElement);
        var captionElement = figure.QuerySelector("figcaption") ?? figure;
        var caption = controls.Text(captionElement);
        if (!string.IsNullOrEmpty(credit) && creditElement != figure)
        {
            caption = WhitespaceFolder.FoldLine(caption.Replace(credit, "", StringComparison.Ordinal));
            // The label the caption set before the credit's element ("Quelle: <cite>THW</cite>") is the credit's.
            if (CreditLabel().Match(caption) is { Success: true } label)
            {
                credit = $"{label.Groups["label"].Value}: {credit}";
                caption = caption[..label.Index].TrimEnd();
            }
        }

        var image = patterns.CaptionCredit.Separate(new ArticleImage(controls.WithoutLabels(caption), controls.WithoutLabels(credit), src));
        return image.Caption is { } left && image.Credit is { } right && left == right ? image with { Caption = null } : image;
    }

    /// <summary>
    /// The picture of a caption set apart from it: a caption element with no picture of its own right after an element that holds a
    /// picture and no text (the image's own wrapper).
    /// </summary>
    private static string? PictureBefore(IElement caption, IElement? before)
    {
        if (caption.TagName == "FIGURE" || before is null || !IsBlank(before))
        {
            return null;
        }

        return ImageSource.OfFigure(before);
    }

    /// <summary>True when <paramref name="element"/> shows no text (the whitespace of indented markup is none).</summary>
    private static bool IsBlank(IElement element)
    {
        foreach (var node in element.Descendants())
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data) && text.ParentElement is { } parent && !HtmlTags.Invisible.Contains(parent.TagName))
            {
                return false;
            }
        }

        return true;
    }
}
