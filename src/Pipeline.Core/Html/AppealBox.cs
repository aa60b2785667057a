using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// A box set into the story under a heading that asks the reader to join or sign up ("Join the Daily Record WhatsApp community!",
/// "Sign up for our newsletter"): its explanation, steps and small print go with the heading, though each of those lines reads as prose.
/// </summary>
public sealed class AppealBox(HtmlRules rules)
{
    /// <summary>A box of more text than this is a section of the story, whatever its heading says.</summary>
    public const int MaxBoxChars = 1500;

    /// <summary>A heading is a few words.</summary>
    private const int MaxHeadingChars = 120;

    /// <summary>The box is looked for this many elements up from the heading (its wrapper, the box).</summary>
    private const int MaxLevels = 3;

    private readonly Regex? _headings = RuleAlternation.Compile(rules.AppealBoxHeadingPatterns);

    /// <summary>The box <paramref name="heading"/> leads, if the heading is such an appeal; null otherwise.</summary>
    /// <param name="heading">An h2-h6 element.</param>
    /// <param name="raw">Text statistics of the unpruned page.</param>
    /// <param name="body">The page's body, which is never a box.</param>
    public IElement? Led(IElement heading, TextStatistics raw, IElement body)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(raw);
        if (_headings is null || raw[heading].TextChars is 0 or > MaxHeadingChars || !_headings.IsMatch(ElementText.Folded(heading, MaxHeadingChars + 1)))
        {
            return null;
        }

        // The nearest block the heading leads is the box: one further up that the box happens to lead holds the story after it.
        var leading = heading;
        for (var level = 0; level < MaxLevels && leading.ParentElement is { } parent && parent != body; level++, leading = parent)
        {
            if (parent.TagName is "MAIN" or "ARTICLE" || raw.FirstChildWithText(parent) != leading || raw[parent].TextChars > MaxBoxChars)
            {
                return null;
            }

            if (parent.TagName is "DIV" or "ASIDE" or "SECTION" && raw[parent].TextChars > raw[heading].TextChars)
            {
                return parent;
            }
        }

        return null;
    }
}
