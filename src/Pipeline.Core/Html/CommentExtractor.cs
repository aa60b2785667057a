using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Finds reader-comment sections, turns their items into <see cref="Comment"/>s and marks the sections removed.</summary>
internal sealed class CommentExtractor(HtmlPatterns patterns, CommentByline bylines)
{
    /// <summary>A comment-classed block holding more than this share of the page's paragraphs may be the article's own wrapper...</summary>
    private const double MaxShareOfBody = 0.4;

    /// <summary>...unless the page keeps at least this much prose outside it: then the article is elsewhere and the block is a long discussion.</summary>
    private const int MinProseOutside = 1500;

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
        Visit(body);
        sectionChars = removedChars;
        return comments;

        bool IsRemovable(int paragraphs) => paragraphs <= MaxShareOfBody * bodyParagraphs || bodyParagraphs - paragraphs >= MinProseOutside;

        void Visit(IElement element)
        {
            foreach (var child in element.ElementChildren())
            {
                if (pruned.IsRemoved(child) || HtmlTags.Invisible.Contains(child.TagName))
                {
                    continue;
                }

                if (child.TagName is not ("BODY" or "MAIN" or "ARTICLE") && patterns.Comments.IsMatch(child) && IsRemovable(raw[child].ParagraphChars))
                {
                    // The site's latest comments ("Jane on Another post"): links to other discussions, none of them on this article.
                    if (patterns.OtherPostComments.IsMatch(child))
                    {
                        pruned.Remove(child, RemovalReasons.Related);
                        continue;
                    }

                    ReadItems(child, comments);
                    pruned.Remove(child, RemovalReasons.Comments);
                    removedChars += raw[child].TextChars;
                    continue;
                }

                Visit(child);
            }
        }
    }

    private void ReadItems(IElement section, List<Comment> comments)
    {
        var found = comments.Count;
        foreach (var item in OutermostItems(section))
        {
            var author = FirstMatch(item, patterns.CommentAuthor);
            var authorText = author is null ? null : ElementText.Folded(author);
            var time = item.QuerySelector("time");
            var dateElement = time ?? FirstMatch(item, patterns.CommentDate);
            var date = time?.GetAttribute("datetime") ?? (dateElement is null ? null : ElementText.Folded(dateElement));
            var paragraphs = item.QuerySelectorAll("p").Select(p => ElementText.Folded(p)).Where(t => t.Length > 0).ToList();
            var text = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : ElementText.FoldedAcrossBlocks(item);
            if (text.Length > 0)
            {
                comments.Add(new Comment(string.IsNullOrEmpty(authorText) ? null : authorText, string.IsNullOrEmpty(date) ? null : date, text));
            }
        }

        if (comments.Count == found)
        {
            ReadLines(section, comments);
        }
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
        PushChildrenLastFirst(section, stack);
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

            PushChildrenLastFirst(element, stack);
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

    private IEnumerable<IElement> OutermostItems(IElement section)
    {
        var stack = new Stack<IElement>();
        PushChildrenLastFirst(section, stack);

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.TagName is "LI" or "ARTICLE" || patterns.CommentItem.IsMatch(element))
            {
                if (!string.IsNullOrWhiteSpace(ElementText.All(element)) && element.QuerySelector("form, textarea") is null)
                {
                    yield return element;
                }

                continue;
            }

            PushChildrenLastFirst(element, stack);
        }
    }

    private static void PushChildrenLastFirst(IElement element, Stack<IElement> stack)
    {
        var nodes = element.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            if (nodes[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }

    private static IElement? FirstMatch(IElement root, ClassIdPattern pattern) =>
        root.Descendants<IElement>().FirstOrDefault(pattern.IsMatch);
}
