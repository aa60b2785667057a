using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Finds reader-comment sections, turns their items into <see cref="Comment"/>s and marks the sections removed.</summary>
internal sealed class CommentExtractor(HtmlPatterns patterns, CommentByline bylines)
{
    private readonly CommentItems _items = new(patterns);

    /// <summary>A comment-classed block holding more than this share of the page's paragraphs may be the article's own wrapper...</summary>
    private const double MaxShareOfBody = 0.4;

    /// <summary>...unless the page keeps at least this much prose outside it: then the article is elsewhere and the block is a long discussion.</summary>
    private const int MinProseOutside = 1500;

    /// <summary>A comment's body element holds at least this share of the comment's text ("A gdzie Chiny?" of "pytajnik 2021-04-28 10:49:08 A gdzie Chiny? 4 1 odpowiedz").</summary>
    private const double MinBodyShare = 0.25;

    /// <summary>At least this share of a comment's text inside links makes it a link to elsewhere, not a comment.</summary>
    private const double MinLinkedShare = 0.8;

    private enum SectionKind
    {
        Discussion,
        Links,
    }

    public IReadOnlyList<Comment> Extract(IElement body, TextStatistics raw, PruneMap pruned) => Extract(body, raw, pruned, out _);

    /// <param name="body">The page body.</param>
    /// <param name="raw">Text statistics of the unpruned page.</param>
    /// <param name="pruned">Receives the comment sections as removed.</param>
    /// <param name="sectionChars">How much text the removed comment sections hold.</param>
    public IReadOnlyList<Comment> Extract(IElement body, TextStatistics raw, PruneMap pruned, out int sectionChars)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pruned);
        var bodyParagraphs = Math.Max(1, raw[body].ParagraphChars);
        var comments = new List<Comment>();
        var removedChars = 0;
        Visit(body, inDiscussion: false);
        sectionChars = removedChars;
        return comments;

        bool IsRemovable(int paragraphs) => paragraphs <= MaxShareOfBody * bodyParagraphs || bodyParagraphs - paragraphs >= MinProseOutside;

        // inDiscussion: below a comment section too long to remove whole, whose comments are therefore removed one by one.
        void Visit(IElement element, bool inDiscussion)
        {
            foreach (var child in element.ElementChildren())
            {
                if (pruned.IsRemoved(child) || HtmlTags.Invisible.Contains(child.TagName))
                {
                    continue;
                }

                var isCommentSection = child.TagName is not ("BODY" or "MAIN" or "ARTICLE") && patterns.Comments.IsMatch(child);
                if (isCommentSection && IsRemovable(raw[child].ParagraphChars))
                {
                    // The site's latest comments ("Jane on Another post"): links to other discussions, none of them on this article. So is a
                    // "comment" section whose items are mostly links (a most-commented list, a menu whose id says "respondMenu").
                    var found = new List<Comment>();
                    if (patterns.OtherPostComments.IsMatch(child) || ReadItems(child, inDiscussion, found) == SectionKind.Links)
                    {
                        pruned.Remove(child, RemovalReasons.Related);
                        continue;
                    }

                    comments.AddRange(found);
                    pruned.Remove(child, RemovalReasons.Comments);
                    removedChars += raw[child].TextChars;
                    continue;
                }

                Visit(child, inDiscussion || isCommentSection);
            }
        }
    }

    /// <summary>Reads the section's comments into <paramref name="comments"/>; says whether the section was a list of links instead.</summary>
    private SectionKind ReadItems(IElement section, bool inDiscussion, List<Comment> comments)
    {
        // A discussion too long to remove whole (a short article under many comments) is removed item by item: the "section" is then one
        // comment, and its author, date and body elements (often classed "comment-author", "comment-body") are parts, not items.
        if (inDiscussion && _items.IsMarked(section) && CommentItems.HoldsComment(section) && OutermostAuthors(section) == 1)
        {
            if (ReadItem(section) is not { } single)
            {
                return SectionKind.Discussion;
            }

            if (IsLinkOut(section, single))
            {
                return SectionKind.Links;
            }

            comments.Add(single);
            return SectionKind.Discussion;
        }

        var read = _items.Of(section).Select(item => (Item: item, Comment: ReadItem(item))).Where(r => r.Comment is not null).ToList();
        var paired = new List<(IElement Item, Comment Comment)>(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var (item, comment) = (read[i].Item, read[i].Comment!);
            // A header item and a body item in turn (<dt> "Leo July 23, 2015 at 3:20 pm", then <dd> with the text): one comment.
            if (comment.Author is not null && i + 1 < read.Count && read[i + 1].Comment!.Author is null && bylines.IsHeaderLine(comment.Text))
            {
                paired.Add((read[i + 1].Item, comment with { Text = read[i + 1].Comment!.Text }));
                i++;
                continue;
            }

            paired.Add((item, comment));
        }

        // Weighed by their text (the site's footer links, caught in a comment section left unclosed, do not outweigh a long comment); and one
        // comment signed with a name and a date, not itself a link, makes the section a discussion whatever else it holds.
        var linkOut = paired.Select(p => IsLinkOut(p.Item, p.Comment)).ToList();
        var linkChars = paired.Where((_, i) => linkOut[i]).Sum(p => p.Comment.Text.Length);
        if (2 * linkChars > paired.Sum(p => p.Comment.Text.Length) && !paired.Where((_, i) => !linkOut[i]).Any(p => p.Comment is { Author: not null, PublishedAt: not null }))
        {
            return SectionKind.Links;
        }

        for (var i = 0; i < paired.Count; i++)
        {
            if (!linkOut[i] && !IsFurniture(paired[i].Item, paired[i].Comment, section))
            {
                comments.Add(paired[i].Comment);
            }
        }

        if (paired.Count == 0)
        {
            ReadLines(section, comments);
        }

        return SectionKind.Discussion;
    }

    /// <summary>
    /// Whether an unsigned, undated item is the section's furniture rather than a reader's comment: a heading ("1 reply on “…”"), the pager
    /// (a &lt;nav&gt;), or an element classed as the section's count, form notes, rules, login box or buttons, or inside one ("comment-form",
    /// "comments__disclaimer").
    /// </summary>
    private bool IsFurniture(IElement item, Comment comment, IElement section)
    {
        if (comment.Author is not null || comment.PublishedAt is not null)
        {
            return false;
        }

        if (item.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" || item.QuerySelector("nav") is not null)
        {
            return true;
        }

        for (var element = item; element is not null && element != section; element = element.ParentElement)
        {
            if (patterns.CommentFurniture.IsMatch(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the comment read from <paramref name="item"/> is link text ("Samsung SSD 870 QVO", a latest-comments widget's "Nossi: ich hab
    /// ne PunkRave Jacke…"): a pointer to another page. A reader's comment is prose; its author and its date may be links, its words are not.
    /// </summary>
    private static bool IsLinkOut(IElement item, Comment comment)
    {
        var linked = 0;
        foreach (var link in item.QuerySelectorAll("a"))
        {
            if (ElementText.Folded(link) is { Length: > 0 } text && comment.Text.Contains(text, StringComparison.Ordinal))
            {
                linked += text.Length;
            }
        }

        return linked >= MinLinkedShare * comment.Text.Length;
    }

    /// <summary>
    /// The comment's body element, so that the author, the date, the like counts and "reply" stay out of its text: the longest block so
    /// classed, since an avatar's initial ("avatar-text") matches too, and only when it holds a fair share of the item's text (a
    /// "text-primary" link label or an image wrapper's "content" is no body). Its title (a heading outside the body) is kept before it.
    /// </summary>
    private string BodyText(IElement item) => BodyElement(item, out var best, out var whole) is { } body ? Titled(item, body, best) : whole;

    /// <summary>The body's text after the titles the item sets outside it.</summary>
    private static string Titled(IElement item, IElement body, string bodyText)
    {
        var titles = item.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Where(heading => !body.Contains(heading) && !heading.Contains(body))
            .Select(heading => ElementText.Folded(heading))
            .Where(title => title.Length > 0);
        return string.Join("\n\n", titles.Append(bodyText));
    }

    /// <summary>The comment's body element (see <see cref="BodyText"/>) and its text; null when there is none that holds a fair share of the item's text.</summary>
    private IElement? BodyElement(IElement item, out string bodyText, out string whole)
    {
        whole = ElementText.FoldedAcrossBlocks(item);
        bodyText = "";
        IElement? body = null;
        foreach (var element in item.Descendants<IElement>())
        {
            if (HtmlTags.Block.Contains(element.TagName) && patterns.CommentText.IsMatch(element)
                && ElementText.FoldedAcrossBlocks(element) is { } text && text.Length > bodyText.Length)
            {
                (bodyText, body) = (text, element);
            }
        }

        return body is not null && bodyText.Length >= MinBodyShare * whole.Length ? body : null;
    }

    /// <summary>How many author elements the element holds, not counting one inside another ("comment-author" around "fn").</summary>
    private int OutermostAuthors(IElement element)
    {
        var count = 0;
        foreach (var child in element.ElementChildren())
        {
            count += patterns.CommentAuthor.IsMatch(child) ? 1 : OutermostAuthors(child);
            if (count > 1)
            {
                break;
            }
        }

        return count;
    }

    private Comment? ReadItem(IElement item)
    {
        var author = FirstMatch(item, patterns.CommentAuthor);
        var authorText = author is null ? null : ElementText.Folded(author);
        var time = item.QuerySelector("time");
        var dateElement = time ?? FirstMatch(item, patterns.CommentDate);
        var dateText = dateElement is null ? null : ElementText.Folded(dateElement);
        var date = time?.GetAttribute("datetime") ?? dateText;
        // Themes that set the name and the time in paragraphs of the comment's header (<p class="comment-author">) keep them out of its text.
        var paragraphs = item.QuerySelectorAll("p").Select(p => (Element: p, Text: ElementText.Folded(p)))
            .Where(p => p.Text.Length > 0 && p.Text != authorText && p.Text != dateText).ToList();
        // A forum theme's header paragraphs (the name, "dabei seit 12/2006", "Fotos Videos") beside a message set without paragraphs in
        // its body element ("mtbnewsCommentMessage"): the body is the comment.
        var text = paragraphs.Count == 0 ? BodyText(item)
            : BodyElement(item, out var bodyText, out _) is { } body && !paragraphs.Exists(p => body.Contains(p.Element)) ? Titled(item, body, bodyText)
            : string.Join("\n\n", paragraphs.Select(p => p.Text));
        if (string.IsNullOrEmpty(authorText) && text.IndexOf("\n\n", StringComparison.Ordinal) is > 0 and var end && bylines.IsHeaderLine(text[..end]))
        {
            // No author element, but the first line is the commenter's header ("Marth 02.12.2022, 15:57:32"): it goes whole as the author, as
            // in a section that marks no items, and the comment bylines split it into the name and the date.
            (authorText, text) = (text[..end], text[(end + 2)..]);
        }

        return text.Length > 0 ? new Comment(string.IsNullOrEmpty(authorText) ? null : authorText, string.IsNullOrEmpty(date) ? null : date, text) : null;
    }

    /// <summary>
    /// A section that marks no items ("&lt;p&gt;Tom Reed May 14, 2024 - 10:02 am&lt;/p&gt;&lt;p&gt;Great news.&lt;/p&gt;"): each commenter's
    /// header line opens a comment, the lines up to the next header are its text; lines before the first header are the section's chrome.
    /// </summary>
    private void ReadLines(IElement section, List<Comment> comments)
    {
        string? header = null;
        var text = new List<string>();
        foreach (var line in Lines(section))
        {
            if (bylines.IsHeaderLine(line))
            {
                Flush();
                header = line;
            }
            else if (header is not null)
            {
                text.Add(line);
            }
        }

        Flush();

        void Flush()
        {
            if (header is not null && text.Count > 0)
            {
                // The header goes whole as the author: the comment bylines split it into the name and the date.
                comments.Add(new Comment(header, null, string.Join("\n\n", text)));
            }

            text.Clear();
        }
    }

    /// <summary>
    /// The texts of the section's innermost blocks (paragraphs, list items, divs holding no other block), in order; the comment form and
    /// invisible elements inside it hold none. (A form around the whole page, as ASP.NET writes it, is outside the section and does not count.)
    /// </summary>
    private static IEnumerable<string> Lines(IElement section)
    {
        var stack = new Stack<IElement>();
        CommentItems.PushChildrenLastFirst(section, stack);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.TagName is "FORM" || HtmlTags.Invisible.Contains(element.TagName))
            {
                continue;
            }

            if (HtmlTags.Block.Contains(element.TagName) && element.TagName is not ("BR" or "HR") && !HoldsBlock(element))
            {
                if (ElementText.Folded(element) is { Length: > 0 } line)
                {
                    yield return line;
                }

                continue;
            }

            CommentItems.PushChildrenLastFirst(element, stack);
        }
    }

    private static bool HoldsBlock(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (HtmlTags.Block.Contains(child.TagName) && child.TagName is not ("BR" or "HR"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first element so classed that holds text: a theme's "comment-author vcard" may hold only the avatar, its "author" the name.</summary>
    private static IElement? FirstMatch(IElement root, ClassIdPattern pattern) =>
        root.Descendants<IElement>().FirstOrDefault(element => pattern.IsMatch(element) && !string.IsNullOrWhiteSpace(element.TextContent));
}
