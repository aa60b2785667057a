using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Where a figure's picture is: the image's address, past the placeholders lazy loading puts in <c>src</c>.</summary>
public static partial class ImageSource
{
    // Lazy-loading scripts keep the real address in one of these until the picture scrolls into view (src holds a stand-in
    // meanwhile); their srcset forms list several sizes, of which the first is as good an address as any.
    private static readonly string[] LazyAddresses = ["data-src", "data-lazy-src", "data-original"];
    private static readonly string[] LazySourceSets = ["data-srcset", "data-lazy-srcset"];

    /// <summary>The first picture in <paramref name="figure"/> (or the figure itself when it is one): an &lt;img&gt; or AMP's &lt;amp-img&gt;.</summary>
    public static IElement? Picture(IElement figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return IsPicture(figure) ? figure : figure.Descendants<IElement>().FirstOrDefault(IsPicture);
    }

    /// <summary>
    /// The address of the picture <paramref name="figure"/> shows: its image's, else a lazy &lt;source&gt; set's or a background image's
    /// (slideshows and hero blocks paint the picture as a CSS background, picture elements may keep the address only on their sources).
    /// </summary>
    public static string? OfFigure(IElement figure) => OfFigure(figure, Picture(figure));

    /// <summary>As <see cref="OfFigure(IElement)"/>, with the figure's <paramref name="picture"/> already found (null when it has none).</summary>
    public static string? OfFigure(IElement figure, IElement? picture)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (Of(picture) is { } src)
        {
            return src;
        }

        foreach (var element in figure.DescendantsAndSelf<IElement>())
        {
            // The stand-in's fallback for readers without scripts: <noscript><img src="real.jpg"></noscript> beside it.
            if (element != picture && IsPicture(element) && Of(element) is { } fallback)
            {
                return fallback;
            }

            if (element.TagName == "SOURCE")
            {
                foreach (var name in LazySourceSets)
                {
                    if (FirstOfSet(element.GetAttribute(name)) is { } fromSource)
                    {
                        return fromSource;
                    }
                }
            }

            if (element.GetAttribute("style") is { } style && style.Contains("url(", StringComparison.OrdinalIgnoreCase)
                && BackgroundImage().Match(style) is { Success: true } background && Usable(background.Groups["url"].Value) is { } painted)
            {
                return painted;
            }
        }

        return null;
    }

    /// <summary>The address <paramref name="image"/> shows, as the page writes it; null when it has only a placeholder or nothing.</summary>
    public static string? Of(IElement? image)
    {
        if (image is null)
        {
            return null;
        }

        // A lazy address comes first: while it is set, src holds a stand-in ("placeholders/transparent.png", a 1x1 GIF).
        foreach (var name in LazyAddresses)
        {
            if (Usable(image.GetAttribute(name)) is { } lazy)
            {
                return lazy;
            }
        }

        if (Usable(image.GetAttribute("src")) is { } src)
        {
            return src;
        }

        foreach (var name in LazySourceSets)
        {
            if (FirstOfSet(image.GetAttribute(name)) is { } fromSet)
            {
                return fromSet;
            }
        }

        if (FirstOfSet(image.GetAttribute("srcset")) is { } fromSourceSet)
        {
            return fromSourceSet;
        }

        // Lazy-loading libraries other than the common ones keep the address under names of their own ("data-img-url", "data-retina-src").
        foreach (var attribute in image.Attributes)
        {
            if (ReadAttributes.IsLazyAddress(attribute.Name) && LooksLikeAddress(attribute.Value) && FirstOfSet(attribute.Value) is { } fromLibrary)
            {
                return fromLibrary;
            }
        }

        return null;
    }

    /// <summary>A value that is a picture's address or a set of them, not a flag or a setting ("true", "lazy", "300").</summary>
    private static bool LooksLikeAddress(string value)
    {
        var trimmed = value.AsSpan().Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("/", StringComparison.Ordinal) || ImageFile().IsMatch(value);
    }

    /// <summary>
    /// <paramref name="src"/> as an absolute address, resolved against the page's <paramref name="pageUrl"/> when the page writes it
    /// relative ("/images/a.jpg", "//cdn.example.com/a.jpg"); as written when either is missing or not a web address.
    /// </summary>
    public static string? Resolve(string? src, string? pageUrl)
    {
        // Written absolute already: as written. (A bare "/x.jpg" parses as an absolute file path on Unix, hence the scheme check.)
        if (src is null || pageUrl is null || (Uri.TryCreate(src, UriKind.Absolute, out var written) && written.Scheme is "http" or "https")
            || !Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) || IsSavedCopy(src))
        {
            return src;
        }

        return Uri.TryCreate(page, src, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : src;
    }

    /// <summary>
    /// A picture a browser saved beside the page ("./page_files/a.jpg": "Save page, complete"): resolved against the page's address it
    /// would name a file the site never had, so it stays the local path it is.
    /// </summary>
    private static bool IsSavedCopy(string src)
    {
        var path = src.StartsWith("./", StringComparison.Ordinal) ? src.AsSpan(2) : src.AsSpan();
        var slash = path.IndexOf('/');
        return slash > 0 && path[..slash].EndsWith("_files", StringComparison.Ordinal);
    }

    private static bool IsPicture(IElement element) => element.TagName is "IMG" or "AMP-IMG";

    /// <summary>
    /// An address worth reporting: not empty, not an inline placeholder (a 1x1 GIF, an SVG box), not a stand-in file ("spacer.gif",
    /// "grey-placeholder.png"), not the page or site root, not a protocol-relative address without a host.
    /// </summary>
    private static string? Usable(string? address)
    {
        var trimmed = address?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed is "/" or "#" or "about:blank" || trimmed[0] is '{' or '['
            || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || StandInFile().IsMatch(trimmed) || IsHostless(trimmed)
            ? null
            : trimmed;
    }

    /// <summary>"//:0" and the like: a protocol-relative address without a host, written in src to load nothing until a script sets it.</summary>
    private static bool IsHostless(string address) =>
        address.StartsWith("//", StringComparison.Ordinal)
        && (!Uri.TryCreate("https:" + address, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Host == "0");

    // The file names lazy-loading libraries and CMS themes give the image they show until the real one loads. A naming convention
    // of that software, not a phrase of any site's text, hence not rules data. The whole file name must be such a name (at most one
    // word before it: "recipe-loader.gif"), so "logo_transparent.png" or "default_0.jpg" renditions stay.
    [GeneratedRegex(@"(?:^|/)(?:[a-z]+[-_])?(?:placeholder|spacer|blank|transparent|empty|leer|lazy|lazyload|lazyloading|(?:pre)?loader\w{0,5}|loading|pixel|1x1|grey|gray|dummy|missing|noimage|no[-_]image)(?:[-_](?:src|placeholder|image|img|\d+(?:x\d+)?))*\.(?:gif|png|svg|jpe?g|webp)(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandInFile();

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|webp|avif)(?:[?#\s,]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFile();

    [GeneratedRegex(@"background(?:-image)?\s*:[^;]*?url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundImage();

    /// <summary>The first address of a srcset ("a.jpg 480w, b.jpg 960w" gives "a.jpg").</summary>
    private static string? FirstOfSet(string? set)
    {
        var trimmed = set?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // An address runs to the first space; a comma right after it ends the candidate. (Addresses may hold commas: "w_400,h_300".)
        var end = trimmed.AsSpan().IndexOfAny(' ', '\t', '\n');
        return Usable((end < 0 ? trimmed : trimmed[..end]).TrimEnd(','));
    }
}
