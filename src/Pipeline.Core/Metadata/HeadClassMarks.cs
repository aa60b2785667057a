using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>An element's "class id" string and, as one bit mask, which of the head scan's four class patterns it matches.</summary>
internal sealed class HeadClassMarks(ClassIdPattern excluded, ClassIdPattern byline, ClassIdPattern date, ClassIdPattern bylineExcluded)
{
    /// <summary>The class names an excluded region (comments, related lists, captions, sidebars).</summary>
    public const int Excluded = 1;

    /// <summary>The class names a byline.</summary>
    public const int Byline = 2;

    /// <summary>The class names a date.</summary>
    public const int Date = 4;

    /// <summary>The class names a region whose names are no byline (an author's biography, a comment's author).</summary>
    public const int BylineExcluded = 8;

    // The four patterns judged together once per element (bit i for the i-th, in the order of the constants above).
    private readonly ClassIdVerdicts _verdicts = new([excluded, byline, date, bylineExcluded]);

    /// <summary>The element's "class id" string and the four patterns' verdict on it.</summary>
    /// <param name="element">The element judged.</param>
    /// <param name="byClass">The page's verdicts so far, by class string object.</param>
    /// <remarks>Elements without an id repeat a page's class strings, and AngleSharp shares one string object per repeated value: those are judged once per page.</remarks>
    public (string Marks, int Verdict) Of(IElement element, Dictionary<string, (string Marks, int Verdict)> byClass)
    {
        var cls = element.ClassName;
        var id = element.Id;
        if (!string.IsNullOrEmpty(id) || string.IsNullOrEmpty(cls))
        {
            var marks = (cls ?? "") + " " + (id ?? "");
            return (marks, marks.Length > 1 ? _verdicts.Judge(marks) : 0);
        }

        if (!byClass.TryGetValue(cls, out var known))
        {
            var marks = cls + " ";
            known = (marks, _verdicts.Judge(marks));
            byClass.Add(cls, known);
        }

        return known;
    }
}
