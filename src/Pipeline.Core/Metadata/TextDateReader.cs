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

    /// <summary>Blocks a headline may open (its title box, the header holding that box) before the line above is looked for beside them.</summary>
    private const int MaxHeadingBlockDepth = 2;

    private static readonly string[] DescriptionMetaNames = ["description", "og:description"];

    /// <summary>
    /// The first written date in <paramref name="text"/> that is not introduced as an update (or the last one, before the heading); dates of
    /// the page's clock or a member's registration never count. With <paramref name="updateIfNoOther"/>, an update stands in when it is
    /// the only date.
    /// </summary>
    public PageDate? TextDate(string text, DateBounds bounds, bool dayFirst, bool last = false, bool updateIfNoOther = true)
    {
        PageDate? chosen = null;
        PageDate? updatedOnly = null;
        var updatedIndex = 0;
        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            var before = DateLabels.Before(text, found.Index);
            if (labels.Ignored.IsMatch(before))
            {
                continue;
            }

            if (labels.Updated.IsMatch(before))
            {
                if (updatedOnly is null)
                {
                    (updatedOnly, updatedIndex) = (found.Date, found.Index);
                }

                continue;
            }

            // A dateline states both dates together ("Erstellt 3. Mai, aktualisiert 5. Mai"): a date standing a line or more below the
            // first update stamp ("Stand: 28.04.2023 17:23 Uhr" under the headline) is cited in the story, and the stamp is the page's only date.
            if (!last && updatedOnly is not null && found.Index - updatedIndex > MaxDateLineLength)
            {
                break;
            }

            chosen = found.Date;
            if (!last)
            {
                break;
            }
        }

        return chosen ?? (updateIfNoOther ? updatedOnly : null);
    }

    /// <summary>
    /// The first written date introduced as an update ("Updated March 6, 2024", "aktualisiert am 06.03.2024"), clocks and registrations aside;
    /// the label opens its line or follows a mark or a date ("March 5 | Updated …"), as a sentence's "… were updated on March 6" does not.
    /// </summary>
    public PageDate? UpdateTextDate(string text, DateBounds bounds, bool dayFirst)
    {
        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            var before = DateLabels.Before(text, found.Index);
            if (labels.Updated.Match(before) is { Success: true } label && !labels.Ignored.IsMatch(before)
                && OpensLine(text, text.AsSpan(0, found.Index).TrimEnd().Length - before.Length + label.Index))
            {
                return found.Date;
            }
        }

        return null;
    }

    /// <summary>Whether what stands before <paramref name="index"/> ends the previous line or part: nothing, a line break, a mark or a date, not a word.</summary>
    private static bool OpensLine(string text, int index)
    {
        var lead = text.AsSpan(0, index).TrimEnd();
        return lead.Length == 0 || !char.IsLetter(lead[^1]) || text.AsSpan(lead.Length, index - lead.Length).Contains('\n');
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
    /// <remarks>
    /// Templates indent such a line with runs of layout spaces, so its words, not its raw characters, are measured. A headline that opens
    /// its own block (&lt;div class="title"&gt;&lt;h1&gt;) has its line above beside that block: "Blog Home › AI &amp; Machine Learning • October 18, 2019".
    /// </remarks>
    public PageDate? LineAboveHeadingDate(IElement? heading, DateBounds bounds, bool dayFirst) =>
        ShortLineText(LineBeside(heading, above: true)) is { } text ? TextDate(text, bounds, dayFirst) : null;

    /// <summary>
    /// The date of the short line right under the headline, not introduced as an update ("Ashley Coutinho / Mumbai September 29, 2020"): the
    /// story's dateline, where a dated element above the headline may be the site's clock ("Wednesday, September 30, 2020 02:45 PM").
    /// </summary>
    public PageDate? LineBelowHeadingDate(IElement? heading, DateBounds bounds, bool dayFirst)
    {
        // A picture's caption or a sentence of the story ("… die Impforte am 28. Februar 2022 schliessen.") stands there too, and is no dateline.
        if (LineBeside(heading, above: false) is not { } line || HoldsMedia(line) || ShortLineText(line) is not { } text || EndsAsSentence(text))
        {
            return null;
        }

        foreach (var found in scanner.Scan(text, bounds, dayFirst))
        {
            var before = DateLabels.Before(text, found.Index);
            if (!labels.Ignored.IsMatch(before) && !labels.Updated.IsMatch(before))
            {
                return found.Date;
            }
        }

        return null;
    }

    private static bool HoldsMedia(IElement line) =>
        line.LocalName is "figure" or "figcaption" || line.QuerySelector("img, picture, figure, video, iframe") is not null;

    /// <summary>Whether <paramref name="text"/> closes like a sentence: a word, then a full stop, question or exclamation mark.</summary>
    private static bool EndsAsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 1 && trimmed[^1] is '.' or '!' or '?' && char.IsLetter(trimmed[^2]);
    }

    /// <summary>The text of a line short enough to be a dateline, else null.</summary>
    private static string? ShortLineText(IElement? line)
    {
        if (line is null || ElementText.Length(line, MaxIndentedLineLength) >= MaxIndentedLineLength)
        {
            return null;
        }

        var text = ElementText.All(line);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length < MaxDateLineLength ? text : null;
    }

    /// <summary>The element rendered right above (or below) <paramref name="heading"/>: its sibling, or that of the first block up that has one.</summary>
    private static IElement? LineBeside(IElement? heading, bool above)
    {
        for (var (block, level) = (heading, 0); block is not null && level <= MaxHeadingBlockDepth; (block, level) = (block.ParentElement, level + 1))
        {
            if (block.LocalName is "body" or "main" or "article")
            {
                return null;
            }

            if ((above ? HtmlTags.PreviousRenderedSibling(block) : HtmlTags.NextRenderedSibling(block)) is { } line)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>A date the page's own summary states ("ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"), read like the title's.</summary>
    public PageDate? DescriptionDate(MetaTags meta, DateBounds bounds, bool dayFirst) =>
        meta.First(DescriptionMetaNames) is { } description ? scanner.FindFirst(description, bounds, dayFirst) : null;
}
