using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>
/// A block that opens with a heading worded as a related-links label ("Você pode gostar...", "You might also like", "Lesen Sie auch"), or one a
/// class names as related: what follows the label in that block is the related section, however much prose its teasers quote (whole short
/// posts, each in an &lt;article&gt; of its own). A block holding the page's main heading is the article's and never one.
/// </summary>
internal static class LabelledSection
{
    /// <summary>A label is a few words.</summary>
    private const int MaxLabelChars = PhrasedTeaserLabel.MaxLabelChars;

    /// <summary>Whether <paramref name="block"/> is such a section, judged by its first child with text.</summary>
    public static bool Is(IElement block, TextStatistics raw, PruneMap pruned, TeaserLabelPhrases labels)
    {
        var label = raw.FirstChildWithText(block);
        if (label is null || !HtmlTags.IsHeading(label.TagName) || label.TagName == "H1" || !PhrasedTeaserLabel.MayLabel(label, raw[label], pruned)
            || raw[block].TextChars <= raw[label].TextChars)
        {
            return false;
        }

        var labelled = pruned.ReasonFor(label) == RemovalReasons.Related || labels.Matches(ElementText.Folded(label, MaxLabelChars + 1));
        return labelled && block.ElementsNamed("h1").Count == 0;
    }
}
