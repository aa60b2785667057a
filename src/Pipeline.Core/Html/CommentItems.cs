using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Finds the comments of a reader-comment section: the outermost marked items, a thread read as its own words and its replies, never the comment form.</summary>
internal sealed class CommentItems(HtmlPatterns patterns)
{
    /// <summary>Fewer characters than this in each of two marked items of one class make them controls ("Antworten", "Melden"), not comments.</summary>
    private const int MinRepeatedItemChars = 40;

    /// <summary>The section's outermost comments in document order, a thread's own part (a copy without its replies) before each reply.</summary>
    public IEnumerable<IElement> Of(IElement section)
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

            // A comment holding its replies (<li class="comment depth-1"> around <li class="comment depth-2">): read whole, it swallowed
            // them, and read as a list, its own words were lost when no marked element wraps them. Its own part is read from a copy
            // without the replies, then each reply in turn. A comment's body ("comment-content") holding the replies' bodies is not one:
            // its author and date are outside it.
            if (IsMarked(element) && !patterns.CommentText.IsMatch(element) && OwnPart(element) is ({ } own, { } replies))
            {
                if (HoldsComment(own))
                {
                    yield return own;
                }

                for (var i = replies.Count - 1; i >= 0; i--)
                {
                    stack.Push(replies[i]);
                }

                continue;
            }

            if (IsMarked(element) && !HoldsRepeatedItems(element))
            {
                if (HoldsComment(element))
                {
                    yield return element;
                }

                continue;
            }

            PushChildrenLastFirst(element, stack);
        }
    }

    /// <summary>
    /// A comment's own part, a copy without the replies it holds, and the replies; null when it holds none, or when what is left is itself a
    /// list of comments (a thread's wrapper, "comment-thread toplevel-thread", around each comment's "comment-thread inline-thread").
    /// </summary>
    private (IElement Own, List<IElement> Replies)? OwnPart(IElement comment)
    {
        var replies = Replies(comment);
        if (replies.Count == 0)
        {
            return null;
        }

        var own = CopyWithout(comment, replies);
        return HoldsRepeatedItems(own) ? null : (own, replies);
    }

    /// <summary>A copy of <paramref name="element"/> without <paramref name="left"/>, copying only what they are not in (a thread nested a
    /// thousand deep is not copied a thousand times).</summary>
    private static IElement CopyWithout(IElement element, List<IElement> left)
    {
        var copy = (IElement)element.Clone(deep: false);
        foreach (var node in element.ChildNodes)
        {
            if (node is not IElement child)
            {
                copy.AppendChild(node.Clone(deep: true));
            }
            else if (!left.Contains(child))
            {
                copy.AppendChild(left.Exists(child.Contains) ? CopyWithout(child, left) : child.Clone(deep: true));
            }
        }

        return copy;
    }

    /// <summary>Whether the element's folded text reaches <paramref name="chars"/>, reading no more of it than that takes in the common case.</summary>
    private static bool HasText(IElement element, int chars)
    {
        // Short of the bound, the text is short (cheap to read whole) or opens with a run of spaces the fold took out.
        return ElementText.Folded(element, 8 * chars).Length >= chars || ElementText.Folded(element).Length >= chars;
    }

    /// <summary>
    /// The replies a comment holds: the outermost marked items inside of its own tag and first class (&lt;li class="comment odd depth-2"&gt;
    /// in &lt;li class="comment even depth-1"&gt;), each with text enough to be a comment.
    /// </summary>
    private List<IElement> Replies(IElement comment)
    {
        var replies = new List<IElement>();
        var kind = FirstClass(comment);
        if (kind.Length == 0)
        {
            return replies;
        }

        var stack = new Stack<IElement>();
        PushChildrenLastFirst(comment, stack);
        while (stack.Count > 0)
        {
            var inner = stack.Pop();
            if (inner.TagName == comment.TagName && FirstClass(inner) == kind && IsMarked(inner) && HasText(inner, MinRepeatedItemChars))
            {
                replies.Add(inner);
                continue;
            }

            PushChildrenLastFirst(inner, stack);
        }

        return replies;
    }

    private static string FirstClass(IElement element) =>
        element.ClassName is { Length: > 0 } name ? name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "" : "";

    /// <summary>
    /// Whether two marked items inside share one class ("comment clearfix" six times), or one tag and first class (a comment and its reply,
    /// "comment even depth-1" and "comment odd alt depth-2"): then the element is the list around them (a "comment-wrapper"), not a comment.
    /// One comment's parts ("comment-author", "comment-meta", "comment-content") differ.
    /// </summary>
    private bool HoldsRepeatedItems(IElement element)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<IElement>();
        PushChildrenLastFirst(element, stack);
        while (stack.Count > 0)
        {
            var inner = stack.Pop();
            // The comment form's fields ("comment-form-author", "comment-form-email") are no comments, whatever they repeat.
            if (inner.TagName is "FORM")
            {
                continue;
            }

            if (inner.ClassName is { Length: > 0 } name && IsMarked(inner) && HasText(inner, MinRepeatedItemChars)
                && (!classes.Add(name) | !kinds.Add(inner.TagName + " " + FirstClass(inner))))
            {
                return true;
            }

            PushChildrenLastFirst(inner, stack);
        }

        return false;
    }

    /// <summary>An element that may be one comment: a list item, an article, or classed as a comment item.</summary>
    public bool IsMarked(IElement element) => element.TagName is "LI" or "ARTICLE" || patterns.CommentItem.IsMatch(element);

    /// <summary>
    /// Text, and no comment form: the form's labels and placeholders are no one's comment. A form of buttons only (zeit.de's "Empfehlen" and
    /// "Melden" under every comment) writes nothing and leaves the comment one.
    /// </summary>
    public static bool HoldsComment(IElement element) =>
        !string.IsNullOrWhiteSpace(ElementText.All(element)) && element.QuerySelector("textarea, input[type=text], input[type=email], input:not([type])") is null;

    /// <summary>Pushes the element's child elements so that they pop in document order.</summary>
    public static void PushChildrenLastFirst(IElement element, Stack<IElement> stack)
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
}
