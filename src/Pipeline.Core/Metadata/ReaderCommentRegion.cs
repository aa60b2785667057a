using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Tells whether an element stands in a reader-comment region, by the class or id words the rules list for comment regions.</summary>
internal sealed class ReaderCommentRegion(MetadataRules rules)
{
    private readonly ClassIdPattern _commentRegions = ClassIdPattern.OfWords(rules.CommentRegionPatterns);

    /// <summary>
    /// Whether <paramref name="element"/> stands in a reader-comment region, by a class or id of its own or of an ancestor; the body's
    /// classes and state classes ("comments-open", "has-comments") say what the page holds, not what an element is.
    /// </summary>
    public bool Contains(IElement element)
    {
        for (var node = element; node is not null && node.LocalName is not ("body" or "html"); node = node.ParentElement)
        {
            if (NamesCommentRegion(node.Id) || NamesCommentRegion(node.ClassName))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesCommentRegion(string? marks)
    {
        if (string.IsNullOrEmpty(marks))
        {
            return false;
        }

        foreach (var range in marks.AsSpan().Split(' '))
        {
            var token = marks.AsSpan(range);
            if (!token.IsEmpty && !ExcludedRegions.StateClass().IsMatch(token) && !token.EndsWith("-open", StringComparison.OrdinalIgnoreCase)
                && _commentRegions.IsMatch(token))
            {
                return true;
            }
        }

        return false;
    }
}
