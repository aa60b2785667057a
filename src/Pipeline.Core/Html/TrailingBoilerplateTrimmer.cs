using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Drops the tail of orphaned headings, short label lines ending in a colon ("More topics", "Related:", "Tags") and link-only cross-reference lines that pages leave after the last sentence of the article once their link lists are pruned.</summary>
public static partial class TrailingBoilerplateTrimmer
{
    /// <summary>Longer trailing lines are kept: they are sentences, not labels.</summary>
    public const int MaxLabelChars = 80;

    /// <summary>Trailing paragraphs up to this length that do not end like a sentence are labels too.</summary>
    public const int MaxBareLabelChars = 40;

    /// <summary>Longer emphasized trailing paragraphs are kept: a note is a few sentences.</summary>
    public const int MaxNoteChars = 400;

    /// <summary>Only the last blocks can be notes: further up, emphasized linked paragraphs are a boxed part of the story.</summary>
    public const int MaxTrailingNotes = 2;

    /// <summary>Returns <paramref name="blocks"/> without its trailing label lines; dropped lines are recorded in <paramref name="removed"/>.
    /// A short last line matching <paramref name="signOff"/> is the author's closing greeting and stays.</summary>
    public static IReadOnlyList<TextBlock> Trim(IReadOnlyList<TextBlock> blocks, PruneMap removed, Regex? signOff = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removed);
        var end = blocks.Count;
        while (end > 1 && ((IsLabel(blocks[end - 1]) && signOff?.IsMatch(blocks[end - 1].Text) != true && !ContinuesNumbering(blocks[end - 2], blocks[end - 1])) || IsCopyrightNotice(blocks[end - 1]) || (blocks.Count - end < MaxTrailingNotes && (IsNote(blocks[end - 1]) || IsCrossReference(blocks[end - 1])))))
        {
            end--;
        }

        if (end == blocks.Count)
        {
            return blocks;
        }

        for (var i = end; i < blocks.Count; i++)
        {
            removed.Record(RemovalReasons.Boilerplate, blocks[i].Text);
        }

        return blocks.Take(end).ToList();
    }

    /// <summary>Text set wholly in emphasis and pointing somewhere, closing the page, is an editor's note: a subscription, app or follow-us appeal.</summary>
    private static bool IsNote(TextBlock block) =>
        block.IsEmphasized && block.HasLink && block.Kind == TextBlockKind.Paragraph && block.Text.Length <= MaxNoteChars;

    /// <summary>A paragraph that is one link and little else, closing the page, points to another page ("Discussion in the forum", "next: the word choice"): a cross-reference, not the story's last sentence.</summary>
    private static bool IsCrossReference(TextBlock block) =>
        block.IsLink && block.Kind == TextBlockKind.Paragraph && block.Text.Length <= MaxLabelChars;

    /// <summary>A short paragraph opening with the copyright sign or word, closing the page, is the site's rights notice ("© 2022, Site. All rights reserved.").</summary>
    private static bool IsCopyrightNotice(TextBlock block) =>
        block.Kind == TextBlockKind.Paragraph
        && block.Text.Length <= MaxNoteChars
        && (block.Text[0] == '©' || block.Text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || block.Text.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A line numbered one past the line before it ("99. Kevin Dubrow" after "98. Joshua Todd") is an entry of a ranked or numbered list set as
    /// paragraphs, however short: labels are not numbered in sequence. Links are left to the label rule: a numbered most-read list is links.
    /// </summary>
    private static bool ContinuesNumbering(TextBlock previous, TextBlock block) =>
        !block.IsLink
        && Ordinal(block.Text) is { } number
        && Ordinal(previous.Text) is { } previousNumber
        && number == previousNumber + 1;

    private static int? Ordinal(string text) =>
        Enumerator().Match(text) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool IsLabel(TextBlock block)
    {
        // A heading closed by a full stop is a sentence set large (a numbered fact, a conclusion), not a section label.
        if (block.Kind is TextBlockKind.Heading or TextBlockKind.Title)
        {
            return block.Text[^1] is not ('.' or '。');
        }

        // A short line ending in a colon introduces something that is no longer there (a pruned link list).
        if (block.Kind is not (TextBlockKind.Paragraph or TextBlockKind.ListItem) || block.Text.Length > MaxLabelChars)
        {
            return false;
        }

        // A very short paragraph without closing punctuation after the last sentence is a caption-less label ("Weitere Tourentipps").
        return (block.Text[^1] is '：' || (block.Text[^1] == ':' && !IsEmoticon(block.Text)))
            || (block.Kind == TextBlockKind.Paragraph && block.Text.Length <= MaxBareLabelChars && !EndsLikeSentence(block.Text));
    }

    /// <summary>A colon right after an opening bracket closes a smiley ("(:"), not a label.</summary>
    private static bool IsEmoticon(string text) => text.Length >= 2 && text[^2] == '(';

    /// <summary>Closing punctuation, the full-width forms of CJK text included (a closing bracket after a credit, closing corner quotes).</summary>
    private static bool EndsLikeSentence(string text) =>
        text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '“' or '»' or '«' or '\'' or '’' or ')' or '。' or '！' or '？' or '）' or '」' or '』';

    /// <summary>An enumerator opening a line: "7.", "07)", "12 -", followed by the entry.</summary>
    [GeneratedRegex(@"^\(?(\d{1,3})(?:[.)]|\s[-–])\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Enumerator();
}
