using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>A post's byline written without "By": a name beside the story's date on one line, or a name line beside the head's stamp.</summary>
public sealed class UnlabelledBylineFinder(BylineReader bylines, HeadMetadataLine headMetadata)
{
    // An unlabelled byline: the names, maybe a role and a desk.
    private const int MaxNameLineWords = 10;

    // A byline set over the headline, with its section and stamp: how far up it is looked for; and how near its stamp stands.
    private const int MaxKickerLines = 4;
    private const int StampDistance = 2;

    /// <summary>The byline line and what it names when the head around the headline at <paramref name="headIndex"/> has one, or null.</summary>
    public (string Line, Byline Byline)? Find(TextBlock[] blocks, TextSegment segment, int headIndex)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return DatedByline(blocks, segment, headIndex) ?? NamesBesideStamp(blocks, segment, headIndex);
    }

    /// <summary>
    /// When the head has no byline, a line under the title that states a person's name beside the story's date ("Chris Davies - Nov 19,
    /// 2019, 10:31 pm CST"): the writer, whom the page did not introduce with "By".
    /// </summary>
    private (string Line, Byline Byline)? DatedByline(TextBlock[] blocks, TextSegment segment, int headIndex)
    {
        for (var i = headIndex + 1; i < segment.End && blocks[i].Role != TextRole.Body; i++)
        {
            if (headMetadata.DatedName(blocks[i].Text) is { } name && bylines.Read(name) is { Agencies.Count: 0, Authors.Count: > 0 } byline
                && byline.Authors.All(a => a.Contains(' ', StringComparison.Ordinal)))
            {
                return (blocks[i].Text, byline);
            }
        }

        return null;
    }

    /// <summary>
    /// An unlabelled byline beside the stamp of the story's head: over it under the headline ("Steve Peoples, Ap National Political
    /// Writer" over "Updated 3:27 am PST, …"), under it ("Natasha Turak@NatashaTurak"), or over the headline with its section and stamp
    /// ("Louise Matsakis", "Business", "11.15.2019 10:09 AM"). A short line, no sentence, naming people of two words or more, with only
    /// pictures' labels, chrome and stamps between it and the headline.
    /// </summary>
    private (string Line, Byline Byline)? NamesBesideStamp(TextBlock[] blocks, TextSegment segment, int headIndex)
    {
        for (var i = headIndex + 1; i < segment.End && blocks[i].Role != TextRole.Body; i++)
        {
            if (NameLineBesideStamp(blocks, segment, i) is { } found)
            {
                return found;
            }

            if (blocks[i].Removal is null or RemovalReasons.Boilerplate)
            {
                break;
            }
        }

        for (var i = headIndex - 1; i >= segment.Start && i >= headIndex - MaxKickerLines; i--)
        {
            if (NameLineBesideStamp(blocks, segment, i) is { } found)
            {
                return found;
            }

            if (blocks[i].Removal is null or RemovalReasons.Boilerplate || blocks[i].Role == TextRole.Repeated)
            {
                break;
            }
        }

        return null;
    }

    private (string Line, Byline Byline)? NameLineBesideStamp(TextBlock[] blocks, TextSegment segment, int i)
    {
        var block = blocks[i];
        var nearStamp = false;
        for (var j = Math.Max(segment.Start, i - StampDistance); j < segment.End && j <= i + StampDistance && !nearStamp; j++)
        {
            nearStamp = j != i && blocks[j].Role == TextRole.Stamp;
        }

        return nearStamp && block.Role is TextRole.Unclassified && block.Removal is null or RemovalReasons.Boilerplate or RemovalReasons.Navigation
            && block.Text.Length <= LineShape.MaxShortLineLength && LineShape.Words(block.Text) <= MaxNameLineWords && !LineShape.EndsSentence(block.Text)
            && bylines.Read(block.Text) is { Authors.Count: > 0 } byline && byline.Authors.All(UnlabelledName)
            ? (block.Text, byline)
            : null;
    }

    // Without a label, only a name of two capitalised words or more ("Get short URL" is a share button's).
    private static bool UnlabelledName(string name) =>
        name.Contains(' ', StringComparison.Ordinal) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]));
}
