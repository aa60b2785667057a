using System.Text;
using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Reads heading elements as title candidates: the text without kickers or screen-reader parts, the whole shown text, the main part.</summary>
public sealed class HeadingReader
{
    private const int TextBeforeChars = 120;
    private readonly string[] _kickers;
    private readonly string[] _mastheads;

    public HeadingReader(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _kickers = [.. rules.HeadingKickerPatterns];
        _mastheads = [.. rules.MastheadPatterns];
    }

    /// <summary>The page's headings as title candidates, the main heading first.</summary>
    public IReadOnlyList<VisibleHeading> Read(ArticleHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var headings = new List<VisibleHeading>(head.Headings.Count + 1);
        if (head.Heading is { } main)
        {
            var before = head.TextBeforeHeading.Length > TextBeforeChars ? head.TextBeforeHeading[^TextBeforeChars..] : head.TextBeforeHeading;
            headings.Add(EndsTrail(main) ? Read(main, "", isMain: false, aside: true) : Read(main, before, isMain: true, aside: false));
        }

        foreach (var heading in head.Headings)
        {
            if (heading.Element != head.Heading)
            {
                headings.Add(Read(heading.Element, "", isMain: false, heading.Aside));
            }
        }

        return headings;
    }

    /// <summary>
    /// True when the heading is the last step of a breadcrumb trail: set right after links to the sections above it, with nothing between
    /// them but separators and nothing after it ("&lt;a&gt;Sport&lt;/a&gt; › &lt;h1&gt;…&lt;/h1&gt;", or the last item of a list of links). Such a heading
    /// repeats the page's name for search; the article's own headline is set apart from it.
    /// </summary>
    private static bool EndsTrail(IElement heading)
    {
        var step = heading.ParentElement is { LocalName: "li" } item && item.ChildElementCount == 1 ? item : heading;
        if (step.Parent is not { } parent)
        {
            return false;
        }

        // Siblings by index: AngleSharp's NextSibling searches the parent's list on every step (seconds under 190,000 empty siblings).
        var siblings = parent.ChildNodes;
        var at = siblings.Index(step);

        for (var i = at + 1; i < siblings.Length; i++)
        {
            var node = siblings[i];
            // The trail ends with it: a heading followed by more in the same box (a byline, the text) is the article's, under a section link.
            if (node.TextContent.Any(char.IsLetterOrDigit))
            {
                return false;
            }
        }

        var links = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            var node = siblings[i];
            if (node is IElement e)
            {
                var link = e.LocalName == "a" || (e.LocalName == "li" && e.ChildElementCount == 1 && e.FirstElementChild is { LocalName: "a" });
                if (link && e.TextContent.Any(char.IsLetterOrDigit))
                {
                    links++;
                }
                else if (e.TextContent.Any(char.IsLetterOrDigit))
                {
                    return false;
                }
            }
            else if (node.NodeType == NodeType.Text && node.TextContent.Any(char.IsLetterOrDigit))
            {
                return false;
            }
        }

        return links > 0;
    }

    /// <summary>A kicker above the title or text only screen readers get (brand labels, "Author:" prompts): never part of a title or a name.</summary>
    public bool IsKickerOrHidden(IElement element) =>
        element.ClassName is { Length: > 0 } classes && _kickers.Any(k => classes.Contains(k, StringComparison.OrdinalIgnoreCase));

    private VisibleHeading Read(IElement heading, string textBefore, bool isMain, bool aside) =>
        new(TextOf(heading, withKickers: false), TextOf(heading, withKickers: true), MainPart(heading), textBefore, isMain, aside, IsMasthead(heading), isMain ? LeadPart(heading) : null);

    /// <summary>The site's name set as a heading: marked as a logo or site title, or nothing but a link to the home page.</summary>
    private bool IsMasthead(IElement heading) =>
        (heading.ClassName + " " + heading.Id) is { Length: > 1 } marks && _mastheads.Any(m => marks.Contains(m, StringComparison.OrdinalIgnoreCase))
        || LinksHome(heading);

    /// <summary>True when the heading's text is one link to the site's home page ("&lt;h1&gt;&lt;a href="/"&gt;My blog&lt;/a&gt;&lt;/h1&gt;").</summary>
    private static bool LinksHome(IElement heading)
    {
        var links = heading.GetElementsByTagName("a");
        if (links.Length != 1 || links[0].GetAttribute("href") is not { Length: > 0 } href
            || links[0].TextContent.Trim().Length != heading.TextContent.Trim().Length)
        {
            return false;
        }

        // An archived page links home through the archive ("https://web.archive.org/web/2014/http://example.com/"): the last address counts.
        var embedded = href.LastIndexOf("http", StringComparison.OrdinalIgnoreCase);
        var target = embedded > 0 ? href[embedded..] : href;
        var path = Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.AbsolutePath : target.StartsWith('/') ? target.Split('?', '#')[0] : null;
        return path is "/" || (path is not null && path.StartsWith("/index.", StringComparison.OrdinalIgnoreCase));
    }

    private string TextOf(IElement heading, bool withKickers)
    {
        var builder = new StringBuilder();
        Append(heading);
        return builder.ToString();

        void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e)
                {
                    // A <small> inside the heading is its kicker ("<small>Week's session</small><br>Title"), a <time> its date set above the
                    // headline ("<h1><time>1. Februar 2022</time> Title</h1>"); a link of symbols only is a permalink ("¶").
                    if (e.LocalName is not ("script" or "style" or "svg") && !IsPermalink(e) && (withKickers || (!IsKickerOrHidden(e) && e.LocalName is not ("small" or "time"))))
                    {
                        builder.Append(' ');
                        Append(e);
                        builder.Append(' ');
                    }
                }
                else if (child.NodeType == NodeType.Text)
                {
                    builder.Append(child.TextContent);
                }
            }
        }
    }

    private static bool IsPermalink(IElement element) => element.LocalName == "a" && !element.TextContent.Any(char.IsLetterOrDigit);

    /// <summary>
    /// The first of the heading's parts when it is made of several elements and no loose text ("&lt;span&gt;Headline&lt;/span&gt; &lt;span&gt;Subtitle&lt;/span&gt;"),
    /// looking inside one wrapper: the part a declared title can name alone. Read for the main heading only, the one a declared title is held against.
    /// </summary>
    private static string? LeadPart(IElement heading)
    {
        var node = heading;
        while (true)
        {
            IElement? first = null;
            var parts = 0;
            foreach (var child in node.ChildNodes)
            {
                if (string.IsNullOrWhiteSpace(child.TextContent))
                {
                    continue;
                }

                if (child is not IElement e)
                {
                    return null;
                }

                first ??= e;
                parts++;
            }

            if (parts == 1 && first is not null)
            {
                node = first;
                continue;
            }

            return parts >= 2 ? first!.TextContent : null;
        }
    }

    /// <summary>
    /// The last of the heading's parts when it is made of several elements, or of elements then loose text ("&lt;span&gt;Kicker&lt;/span&gt;&lt;span&gt;Headline&lt;/span&gt;",
    /// "&lt;span&gt;Kicker&lt;/span&gt;Headline"): pages mark kickers with classes of every kind, but the headline is the part set last.
    /// </summary>
    private static string? MainPart(IElement heading)
    {
        var node = heading;
        while (true)
        {
            IElement? last = null;
            string? trailingText = null;
            var parts = 0;
            foreach (var child in node.ChildNodes)
            {
                if (trailingText is not null && !string.IsNullOrWhiteSpace(child.TextContent))
                {
                    // Loose text is the headline only when it is the heading's last part.
                    return null;
                }

                if (child is IElement e && !string.IsNullOrWhiteSpace(e.TextContent))
                {
                    last = e;
                    parts++;
                }
                else if (child.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(child.TextContent))
                {
                    if (parts == 0)
                    {
                        return null;
                    }

                    trailingText = child.TextContent;
                }
            }

            if (trailingText is not null)
            {
                return trailingText;
            }

            if (last is null)
            {
                return null;
            }

            if (parts >= 2)
            {
                return last.TextContent;
            }

            // One wrapper (a link around the parts): look inside it.
            node = last;
        }
    }
}
