using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The regions of a page whose text is never the article's heading, byline or date (scripts, sidebars, figures, quotes, forms, the
/// site's banner, regions whose classes name them) and the exceptions that still hold the story.
/// </summary>
internal sealed partial class ExcludedRegions(ClassIdPattern excluded, ClassIdPattern caption)
{
    private const int MaxBylineAsideLength = 200;

    /// <summary>How many of a caption's parent's elements are searched for the picture it captions.</summary>
    private const int MaxMediaSearchElements = 500;

    /// <summary>A byline aside's raw text, template indentation included, stays under this.</summary>
    private const int MaxIndentedAsideLength = 2000;

    /// <summary>Tags whose text is never a heading's, a byline's or a date's: scripts, asides, figures, quotes, forms.</summary>
    public static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "aside", "figure", "figcaption", "blockquote", "nav", "select", "option", "textarea", "form", "iframe" };

    /// <summary>
    /// Excluded tags that still hold the article when they wrap its main heading (a page-wide form, a headline set in a figure or a
    /// metadata aside, a page swallowed by an unbalanced "&lt;noscript&gt;&lt;div&gt;&lt;/noscript&gt;" banner, which a parser without scripting
    /// leaves open to the end of the page).
    /// </summary>
    private static readonly HashSet<string> WrapperTags = new(StringComparer.OrdinalIgnoreCase) { "aside", "figure", "figcaption", "blockquote", "form", "noscript" };

    /// <summary>A state class of a wrapper ("has-sidebar", "no-comments"): it says what the page holds, not what the wrapper is.</summary>
    [GeneratedRegex(@"^(?:has|with|no|is|show|hide|without)[-_]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StateClass();

    /// <summary>Whether the element's tag excludes it, unless it wraps the article (<paramref name="articleAncestors"/>: the ancestors of its root and heading).</summary>
    public static bool HasExcludedTag(IElement element, string tag, HashSet<IElement> articleAncestors) =>
        Tags.Contains(tag) && !(WrapperTags.Contains(tag) && articleAncestors.Contains(element)) && !IsSwallowedArticle(element, tag, articleAncestors);

    /// <summary>
    /// A drop-down list holds short choices: one that holds paragraphs or headings, or the article itself, is an unclosed
    /// "&lt;select&gt;" that swallowed the page in the parse, not a form control.
    /// </summary>
    private static bool IsSwallowedArticle(IElement element, string tag, HashSet<IElement> articleAncestors) =>
        tag is "select" or "option" && (articleAncestors.Contains(element) || element.QuerySelector("p, h1, h2, h3") is not null);

    /// <summary>An &lt;aside&gt; inside the story's own &lt;article&gt; is about the story (its date in a details box), not the page's sidebar.</summary>
    public static bool IsStoryAside(IElement element, string tag, IElement? story) =>
        tag == "aside" && story is not null && story.Contains(element);

    /// <summary>A short &lt;aside&gt; marked as the byline or the date ("author", "byline") holds the story's credit line and stamp, not a sidebar's widgets.</summary>
    public static bool IsBylineAside(IElement element, string tag, int verdict) =>
        tag == "aside" && (verdict & (HeadClassMarks.Byline | HeadClassMarks.Date)) != 0 && IsCreditLength(element);

    /// <summary>
    /// A figure whose caption names the story's writer (an &lt;address&gt; or a rel="author" link) beside a &lt;time&gt; is the story's
    /// byline card (the writer's portrait, name and publication time), not a picture's caption: its time dates the story.
    /// </summary>
    public static bool IsBylineCard(IElement element, string tag) =>
        tag is "figure" or "figcaption" && element.QuerySelector("time") is not null && element.QuerySelector("address, a[rel~='author' i]") is not null
        && IsCreditLength(element);

    /// <summary>The site's banner (a &lt;header&gt; outside any article, or role="banner") shows the site's clock and menus, never the article's date or byline.</summary>
    public static bool IsSiteBanner(IElement element, string tag, in ScannedAttributes attributes) =>
        (tag == "header" && NamedElements.Closest(element, "article", "main") is null)
        || string.Equals(attributes.Role, "banner", StringComparison.OrdinalIgnoreCase);

    /// <summary>A region whose classes name an excluded region, and no byline or date (<paramref name="media"/>: the walk's answers on media beside captions; a fresh one when asked alone).</summary>
    public bool IsNamedByClass(IElement element, string marks, int verdict, MediaBeside? media = null) =>
        (verdict & HeadClassMarks.Excluded) != 0 && (verdict & (HeadClassMarks.Byline | HeadClassMarks.Date)) == 0 && NamesExcludedRegion(element, marks, media ?? new MediaBeside());

    /// <summary>
    /// Whether the region's own classes name an excluded region: state classes of layout wrappers ("has-sidebar", "no-comments")
    /// say what the page contains, not what the wrapper is, and must not hide the whole article.
    /// </summary>
    /// <remarks>A caption captions a picture: a "caption"-styled line with no image, figure or video beside it (the date line under a headline) is not one.</remarks>
    private bool NamesExcludedRegion(IElement element, string marks, MediaBeside media)
    {
        foreach (var range in marks.AsSpan().Split(' '))
        {
            var token = marks.AsSpan(range);
            if (!token.IsEmpty && !StateClass().IsMatch(token) && excluded.IsMatch(token) && (!caption.IsMatch(token) || media.Of(element)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Short enough to be a credit line and a stamp, not a biography or a widget.</summary>
    public static bool IsCreditLength(IElement element) =>
        ElementText.Length(element, MaxIndentedAsideLength) < MaxIndentedAsideLength && ElementText.Folded(element, MaxIndentedAsideLength).Length < MaxBylineAsideLength;

    /// <summary>
    /// Whether media stands in an element's parent, answered once per parent in one walk of the page. Looked for among the parent's first
    /// elements only: a caption sits beside its picture. A parent of tens of thousands of "caption" lines asks the same question for each.
    /// </summary>
    public sealed class MediaBeside
    {
        private Dictionary<IElement, bool>? _byParent;

        public bool Of(IElement element)
        {
            var parent = element.ParentElement ?? element;
            _byParent ??= new(ReferenceEqualityComparer.Instance);
            if (!_byParent.TryGetValue(parent, out var holds))
            {
                var budget = MaxMediaSearchElements;
                _byParent[parent] = holds = HoldsMedia(parent, ref budget);
            }

            return holds;
        }

        private static bool HoldsMedia(IElement parent, ref int budget)
        {
            foreach (var child in parent.ElementChildren())
            {
                if (--budget < 0)
                {
                    return false;
                }

                if (child.TagName is "IMG" or "PICTURE" or "FIGURE" or "VIDEO" or "IFRAME" or "svg" or "SVG" || HoldsMedia(child, ref budget))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
