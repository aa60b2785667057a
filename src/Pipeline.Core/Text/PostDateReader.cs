using System.Text;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Text;

/// <summary>
/// Reads a post's publication and update dates from its head in a text dump: the short lines from its title to its second paragraph,
/// where the byline's date, a dateline or a stamp stands ("NOVEMBER 20, 2019 10:43", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED:
/// 11:05, Tue, Nov 19, 2019"). Dates in the story, its comments or the page's teasers are not read.
/// </summary>
internal sealed class PostDateReader(TextDateReader reader, LanguageGuesser languages, SlashedDateOrder slashedDates)
{
    /// <summary>A post's head holds its title, a kicker, a byline and a date or two: past this many lines it is the page's furniture.</summary>
    private const int MaxHeadLines = 8;

    /// <summary>A reader with the rules' month names and date labels.</summary>
    public static PostDateReader For(MetadataRules rules) =>
        new(new TextDateReader(DateTextScanner.For(rules), new DateLabels(rules)), new LanguageGuesser(rules), new SlashedDateOrder(rules));

    /// <summary>The post's article with the dates its head states; unchanged when it states none.</summary>
    public Article WithDates(PostDraft draft, DateBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(bounds);
        var head = new StringBuilder();
        var lines = 0;
        var paragraphs = 0;
        // A stamp or a dated byline printed just above the title ("Wednesday 20 November 2019 9:22 am" over City A.M.'s headline, "Von
        // Moritz Bachmann publiziert am 25. September 2018") is the head's too.
        var start = draft.HeadIndex;
        while (start > draft.Segment.Start && draft.Blocks[start - 1].Role is TextRole.Stamp or TextRole.Byline)
        {
            start--;
        }

        for (var i = start; i < draft.Segment.End && lines < MaxHeadLines; i++)
        {
            // The story's second paragraph ends the head: a dek may come before the byline and the date ("CHINA has sent troops …",
            // "By Laura Mowat", "PUBLISHED: 10:48, Tue, Nov 19, 2019"), and a short line read as body there is a stamp.
            var block = draft.Blocks[i];
            var line = block.Content.Trim();
            if (block.Role is TextRole.Body or TextRole.Standfirst && line.Length > TextDateReader.MaxDateLineLength && ++paragraphs == 2)
            {
                break;
            }

            // A menu printed under the title (Wired repeats its sections between the page's title and the story's) is no part of the head.
            if (line.Length is > 0 and <= TextDateReader.MaxDateLineLength && block.Removal != RemovalReasons.Navigation)
            {
                head.Append(GluedStamp.Unglued(line)).Append('\n');
                lines++;
            }
        }

        var text = head.ToString();
        // A text dump carries no declared language or address: the story's language tells the order of a slashed date ("05/10/2018"
        // is 5 October in a Brazilian story), as the scanner's reading of the page's other dates may.
        var dayFirst = slashedDates.DayFirst(languages.Guess(draft.Article.Text), null);
        // Publication and update are kept apart: a head that only states an update ("Updated Nov 13, 2019, 10:28am EST") gives no
        // publication date.
        var published = reader.TextDate(text, bounds, dayFirst, updateIfNoOther: false);
        var updated = reader.UpdateTextDate(text, bounds, dayFirst);
        return published is null && updated is null ? draft.Article : draft.Article with
        {
            PublishedAt = published?.Iso,
            PublishedAtRaw = published?.Raw,
            UpdatedAt = updated is not null && updated.Iso != published?.Iso ? updated.Iso : null,
        };
    }
}
