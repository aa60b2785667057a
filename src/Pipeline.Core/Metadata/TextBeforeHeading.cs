using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Whether the article root's own text starts above a heading set inside it: a headline opens the article's text, so an &lt;h1&gt; that
/// only comes after paragraphs of it heads a box set into the text (a call for donations, a newsletter form, "Read more"), not the article.
/// </summary>
internal static class TextBeforeHeading
{
    /// <summary>More paragraph text than a kicker, a byline and a date line set above a headline take together.</summary>
    internal const int ArticleTextChars = 200;

    /// <summary>True when paragraphs of <paramref name="root"/> that come before <paramref name="heading"/> hold <see cref="ArticleTextChars"/> characters or more.</summary>
    public static bool StartsAbove(IElement root, IElement heading)
    {
        var chars = 0;
        // Walked only on the rare page with an h1 above the root and another inside it, and only up to that heading.
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element == heading)
            {
                return false;
            }

            if (element.LocalName == "p" && !element.Contains(heading))
            {
                chars += ElementText.Length(element, ArticleTextChars);
                if (chars >= ArticleTextChars)
                {
                    return true;
                }

                continue;
            }

            // Last-first by index (AngleSharp's sibling properties search the parent's child list on every step), so document order holds.
            var nodes = element.ChildNodes;
            for (var i = nodes.Length - 1; i >= 0; i--)
            {
                if (nodes[i] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }
}
