using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>
/// The short label printed before a teaser card or a related-links box set into the text ("Read also", "Para saber más"): once the box is
/// removed, the label would introduce the next paragraph of the article instead. It goes with the box when the two alone fill a wrapper (the
/// label first, the box, or the wrapper it empties, after it). A lead-in sentence that ends in a colon ("Read our full coverage here:") goes with
/// the box it points at wherever it stands: once the box is gone it introduces nothing.
/// </summary>
internal static class TeaserLabel
{
    /// <summary>A label is a few words.</summary>
    private const int MaxChars = 40;

    /// <summary>A headline link has more words than this.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>A lead-in to a box is one short sentence; a longer paragraph ending in a colon is article text that happens to precede it.</summary>
    private const int MaxLeadInChars = 120;

    /// <summary>A lead-in may link a word or two ("Mehr zur Lage in der <a>Ukraine</a> lesen Sie hier:"), but is mostly plain text.</summary>
    private const double MaxLeadInLinkDensity = 0.5;

    /// <summary>Wrappers climbed from a removed box while the box is all the text they hold.</summary>
    private const int MaxLevels = 3;

    /// <summary>
    /// Whether <paramref name="label"/>, rendered as <paramref name="text"/> just before <paramref name="box"/> (which is being removed), is the
    /// box's label; <paramref name="stats"/> measure the page with earlier removals left out, and <paramref name="phrases"/> (when given) tell a
    /// lead-in worded as a pointer to another page.
    /// </summary>
    public static bool Labels(IElement label, IElement box, string text, TextStatistics stats, TeaserLabelPhrases? phrases = null)
    {
        if (label.TagName is not ("P" or "DIV" or "SPAN" or "STRONG" or "B" or "HEADER") && !HtmlTags.IsHeading(label.TagName))
        {
            return false;
        }

        // The wording decides: a colon line before a box may as well introduce a list or a quote that happens to be linked.
        if (phrases is not null && IsLeadIn(text) && stats[label].LinkDensity < MaxLeadInLinkDensity
            && HoldsHeadlineLink(box) && phrases.MatchesLeadIn(text))
        {
            return true;
        }

        if (!IsLabelText(text) || stats[label].LinkChars > 0)
        {
            return false;
        }

        var node = box;
        for (var level = 0; level < MaxLevels && PreviousWithText(node, stats) is null; level++)
        {
            // The box opens its wrapper: the label may sit before the wrapper, unless the wrapper holds text after the box.
            if (NextWithText(node, stats) is not null || node.ParentElement is not { } parent)
            {
                return false;
            }

            node = parent;
        }

        if (PreviousWithText(node, stats) != label || !HoldsHeadlineLink(box))
        {
            return false;
        }

        // The two alone fill their wrapper. A heading straight over a box in running text is not enough: it is as often a section's own title
        // ("4. Travello", "Results") over an embed, a table or a "See also" line that the section then goes on past.
        return PreviousWithText(label, stats) is null && NextWithText(node, stats) is null;
    }

    /// <summary>A teaser names its story in a headline-long link; a share bar or a score box behind a line of text holds no such link.</summary>
    private static bool HoldsHeadlineLink(IElement box)
    {
        foreach (var link in box.QuerySelectorAll("a[href]"))
        {
            if (link.TextContent.Split((char[]?)null, MinHeadlineWords + 1, StringSplitOptions.RemoveEmptyEntries).Length > MinHeadlineWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A few words that end no sentence ("Read also", "Related:"); an ellipsis ("Read more...") is no full stop.</summary>
    private static bool IsLabelText(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length is > 0 and <= MaxChars && (t[^1] is not ('.' or '!' or '?' or '。' or '！' or '？') || t.EndsWith("...") || t[^1] == '…');
    }

    /// <summary>A short line whose last character is a colon: it announces what follows it.</summary>
    private static bool IsLeadIn(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length is > 1 and <= MaxLeadInChars && t[^1] is ':' or '：';
    }

    private static IElement? PreviousWithText(IElement node, TextStatistics stats)
    {
        for (var e = node.PreviousElementSibling; e is not null; e = e.PreviousElementSibling)
        {
            if (stats[e].TextChars > 0)
            {
                return e;
            }
        }

        return null;
    }

    private static IElement? NextWithText(IElement node, TextStatistics stats)
    {
        for (var e = node.NextElementSibling; e is not null; e = e.NextElementSibling)
        {
            if (stats[e].TextChars > 0)
            {
                return e;
            }
        }

        return null;
    }
}
