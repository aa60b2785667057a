using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Reads the story's date from written text (around the heading, the line above it, the page's summary, its whole text), weighing the label before each date.</summary>
internal sealed class TextDateReader(DateTextScanner scanner, DateLabels labels)
{
    /// <summary>A line longer than this beside the headline is text, not a dateline.</summary>
    public const int MaxDateLineLength = 120;

    /// <summary>A dateline's raw text, layout spaces included, stays under this.</summary>
    private const int MaxIndentedLineLength = 1000;

    private static readonly string[] DescriptionMetaNames = ["description", "og:description"];

    /// <summary>The first written date in <paramref name="text"/> that is not introduced as an update (or the last one, before the heading); dates of the page's clock or a member's registration never count.</summary>
    public PageDate? TextDate(string text, DateBounds bounds, bool dayFirst, bool last = false)
    {
        PageDate? chosen = null;
        PageDate? updatedOnly = null;
        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            var before = DateLabels.Before(text, found.Index);
            if (labels.Ignored.IsMatch(before))
            {
                continue;
            }

            if (labels.Updated.IsMatch(before))
            {
                updatedOnly ??= found.Date;
                continue;
            }

            chosen = found.Date;
            if (!last)
            {
                break;
            }
        }

        return chosen ?? updatedOnly;
    }

    /// <summary>The first written date introduced as the publication date ("Erschienen am 13.10.2021", "Published: May 4, 2020").</summary>
    public PageDate? LabelledTextDate(string text, DateBounds bounds, bool dayFirst)
    {
        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            if (labels.Published.IsMatch(DateLabels.Before(text, found.Index)))
            {
                return found.Date;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of the page's whole text, mostly body sentences: one the page labels as published, else one it labels as updated,
    /// else the first that is neither a clock nor a registration (a date cited in a sentence is the weakest sign there is).
    /// </summary>
    public PageDate? PageTextDate(string text, DateBounds bounds, bool dayFirst)
    {
        PageDate? updated = null;
        PageDate? first = null;
        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            var before = DateLabels.Before(text, found.Index);
            if (labels.Published.IsMatch(before))
            {
                return found.Date;
            }

            if (labels.Ignored.IsMatch(before))
            {
                continue;
            }

            if (labels.Updated.IsMatch(before))
            {
                updated ??= found.Date;
            }
            else
            {
                first ??= found.Date;
            }
        }

        return updated ?? first;
    }

    /// <summary>The date of a short line set right above the headline ("02.02.2022 10:16 Uhr - 1. Bundesliga"): it belongs to the story, unlike the first date somewhere in the text below.</summary>
    /// <remarks>Templates indent such a line with runs of layout spaces, so its words, not its raw characters, are measured.</remarks>
    public PageDate? LineAboveHeadingDate(IElement? heading, DateBounds bounds, bool dayFirst)
    {
        if (heading?.PreviousElementSibling is not { } line || ElementText.Length(line, MaxIndentedLineLength) >= MaxIndentedLineLength)
        {
            return null;
        }

        var text = line.TextContent;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length < MaxDateLineLength
            ? TextDate(text, bounds, dayFirst)
            : null;
    }

    /// <summary>A date the page's own summary states ("ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"), read like the title's.</summary>
    public PageDate? DescriptionDate(MetaTags meta, DateBounds bounds, bool dayFirst) =>
        meta.First(DescriptionMetaNames) is { } description ? scanner.FindFirst(description, bounds, dayFirst) : null;
}
