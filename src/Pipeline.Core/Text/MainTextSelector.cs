using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>Finds the body of a post by line density: prose lines weigh their word count, menu-like short lines weigh against; the body is the run of lines with the greatest total (one linear pass); a related-links heading ends it.</summary>
public sealed partial class MainTextSelector(TextPatterns patterns)
{
    private const int HeadingWeight = -1;
    private const int ShortLineWeight = -12;
    // Text browsers put teaser boxes and nested lists at these indents; body paragraphs start at the margin.
    private const int BoxIndent = 4;
    private const int NestedIndent = 6;
    private const int BodyEndWeight = -1_000_000;
    // Words of body from which a related-links heading ends it; a one-paragraph post of 120-150 words is a whole article (AEB b3c19dd5).
    private const int SubstantialBody = 120;
    // A table prints as rows of three cells or more; three such rows in a row, each with as many cells, are a table, not a line of links.
    private const int TableCells = 3;
    private const int TableRows = 3;
    // A sentence that introduces a list ("The Doobie Brothers 50th Anniversary Tour 2020 dates:") has a few words.
    private const int MinIntroWords = 4;
    // An inline teaser is followed by the article's next paragraph within four kept lines: past a rule, a repeated banner and a subheading.
    private const int InlineTeaserLookahead = 4;
    // A box of teasers set inside the story ("Most read in world news" with six pictured headlines and their kickers) spans this
    // many kept lines at most before the story goes on.
    private const int InlineBoxLookahead = 30;
    // Between a byline and its story's first paragraph stand a date, a share bar, a picture's alt text: a few kept lines at most.
    private const int BylineToStoryLines = 3;

    public MainTextRegion? Select(IReadOnlyList<TextBlock> blocks, TextSegment segment)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var best = 0;
        var running = 0;
        var runStart = -1;
        var runBest = 0;
        MainTextRegion? runRegion = null;
        var previousWasProse = false;
        // Short lines that are the article's own all the same: a table's rows and the lines a sentence introduces with a colon.
        var listedLines = TableRowsIn(blocks, segment);
        listedLines.UnionWith(IntroducedLinesIn(blocks, segment));
        var chosen = new RunChoice(ProseAfterFirstByline(blocks, segment));
        for (var i = segment.Start; i < segment.End; i++)
        {
            var block = blocks[i];
            // The page's legal lines ("©2019 FOX News Network, LLC. All rights reserved.") close what stands above them: a site-wide
            // notice printed over the story ("Quotes delayed at least 15 minutes …") is not its opening.
            if (block.Removal == RemovalReasons.Footer)
            {
                running = 0;
                previousWasProse = false;
                continue;
            }

            // A stamp line leaves the text but still parts a dek or a byline above it from the story, as it did before it was known.
            if (block.IsRemoved && block.Role != TextRole.Stamp)
            {
                continue;
            }

            // One subheading between paragraphs is cheap; a run of short lines is a menu or a teaser list. A table's rows are short lines
            // with no sentence, yet the article's own (a standings table, a box score): its cells count at least as half the words of prose.
            var weight = Weight(block);
            // So are an interview's short questions and answers ("Q: Favorite apps?", "A: Bleacher Report, Uber Eats, and ParkMobile").
            if (listedLines.Contains(i) || (weight < 0 && patterns.InterviewLine.IsMatch(block.Content)))
            {
                weight = Math.Max(weight, Math.Max(LineShape.Words(block.Content) / 2, 1));
            }

            if (weight == HeadingWeight && !previousWasProse)
            {
                weight = ShortLineWeight;
            }

            if (weight == BodyEndWeight && (InlineTeaser(blocks, i, segment) || InlineBox(blocks, i, segment)))
            {
                weight = ShortLineWeight;
            }

            previousWasProse = weight > 0;
            if (weight == BodyEndWeight && best >= SubstantialBody)
            {
                // What follows a related-links heading is teasers, however much prose they hold.
                break;
            }

            if (running <= 0)
            {
                if (weight <= 0)
                {
                    continue;
                }

                chosen.Offer(runRegion, runBest);
                running = 0;
                runStart = i;
                runBest = 0;
            }

            running += weight;
            best = Math.Max(best, running);
            if (running > runBest)
            {
                runBest = running;
                runRegion = new MainTextRegion(runStart, i);
            }
        }

        chosen.Offer(runRegion, runBest);
        return chosen.Region;
    }

    /// <summary>
    /// The run of lines kept as the body: the one of greatest weight, where the run holding the first prose under the page's first
    /// byline ("By JERUSALEM POST STAFF", its date, then the story) counts twice, up to a substantial body more. A short story under its
    /// byline is the article even when a longer block of prose (a customer-service notice, a bio) sits further down, while a dek under
    /// the byline, set apart from the story by its date and a caption, stays a short run. The bonus picks between runs and never
    /// stretches one over lines that argue against it.
    /// </summary>
    private sealed class RunChoice(int anchor)
    {
        private int _score;

        public MainTextRegion? Region { get; private set; }

        public void Offer(MainTextRegion? run, int weight)
        {
            if (run is null || weight <= 0)
            {
                return;
            }

            var score = weight + (anchor >= run.Value.First && anchor <= run.Value.Last ? Math.Min(weight, SubstantialBody) : 0);
            if (score > _score)
            {
                _score = score;
                Region = run;
            }
        }
    }

    /// <summary>
    /// The first prose line at the margin under the segment's first byline, within a few kept lines (its date, a share bar); -1 when the
    /// byline has none there. Only the first byline counts: the later ones are teasers' ("• By REUTERS").
    /// </summary>
    private int ProseAfterFirstByline(IReadOnlyList<TextBlock> blocks, TextSegment segment)
    {
        for (var i = segment.Start; i < segment.End; i++)
        {
            if (blocks[i] is not { Role: TextRole.Byline, IsListItem: false, Indent: < BoxIndent })
            {
                continue;
            }

            var seen = 0;
            for (var j = i + 1; j < segment.End && seen < BylineToStoryLines; j++)
            {
                if (blocks[j].IsRemoved)
                {
                    continue;
                }

                if (blocks[j] is { IsListItem: false, Indent: < BoxIndent } && LineShape.IsProse(blocks[j].Content, patterns.Rules.ProseMinWords))
                {
                    return j;
                }

                seen++;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// True when a related-links label names one title after a colon ("Related post: Pickled Brussels Sprouts") and the article's prose
    /// goes on at the margin within the next few kept lines: a teaser set inside the body, not the heading of the teasers after it
    /// ("Related Roundup: MacBook Pro" followed by tags and comments).
    /// </summary>
    private bool InlineTeaser(IReadOnlyList<TextBlock> blocks, int at, TextSegment segment)
    {
        if (!NamesOneTitle(blocks[at].Content))
        {
            return false;
        }

        var seen = 0;
        for (var i = at + 1; i < segment.End && seen < InlineTeaserLookahead; i++)
        {
            if (blocks[i].IsRemoved)
            {
                continue;
            }

            if (blocks[i] is { IsListItem: false, Indent: < BoxIndent } next && LineShape.IsProse(next.Content, patterns.Rules.ProseMinWords))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>Whether a related-links label names the one title it links after a colon ("Related post: Pickled Brussels Sprouts").</summary>
    internal static bool NamesOneTitle(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && !label.AsSpan(colon + 1).IsWhiteSpace();
    }

    /// <summary>
    /// True when a related-links label opens a box of teasers set inside the story (The Sun's "Most read in world news", the Express's
    /// "DON'T MISS", "Related articles"): within a few lines, after its headlines and before any other such label, the story goes on
    /// at the margin in two paragraphs of prose one after the other. The box opens with a headline, not with prose (a list of excerpts
    /// does); teaser lists alternate a headline with an excerpt; after the story's last related label come more labels, numbered
    /// teasers, comments or a footer, so the body ends there as before.
    /// </summary>
    private bool InlineBox(IReadOnlyList<TextBlock> blocks, int at, TextSegment segment)
    {
        var seen = 0;
        var previousWasProse = false;
        for (var i = at + 1; i < segment.End && seen < InlineBoxLookahead; i++)
        {
            var block = blocks[i];
            if (block.Removal is RemovalReasons.Comments or RemovalReasons.Footer || patterns.CommentStart.IsMatch(block.Content) || patterns.BodyEnd.IsMatch(block.Content))
            {
                // The reader comments or the footer follow, or another box: the story ended at the label.
                return false;
            }

            if (block.IsRemoved)
            {
                continue;
            }

            var prose = block is { IsListItem: false, Indent: < BoxIndent } && !NumberedEntry().IsMatch(block.Content)
                && LineShape.IsProse(block.Content, patterns.Rules.ProseMinWords);
            if (prose && seen == 0)
            {
                // A box opens with its teasers' headlines; prose straight under the label is the first of a list of excerpts.
                return false;
            }

            if (prose && previousWasProse)
            {
                return true;
            }

            previousWasProse = prose;
            seen++;
        }

        return false;
    }

    /// <summary>
    /// The lines a sentence closed by a colon introduces, printed under it with no blank line between them ("Tour dates:" then "June 9 --
    /// Coral Sky Amphitheatre, West Palm Beach, FL", …): the article's own list, weighed like a table's rows. A menu's label is a word or
    /// two ("Sections:"), not a sentence, so it introduces nothing.
    /// </summary>
    private static List<int> IntroducedLinesIn(IReadOnlyList<TextBlock> blocks, TextSegment segment)
    {
        var lines = new List<int>();
        for (var i = segment.Start; i < segment.End; i++)
        {
            var intro = blocks[i];
            if (intro.IsRemoved || intro.IsListItem || intro.Indent >= BoxIndent || !intro.Content.EndsWith(':') || LineShape.Words(intro.Content) < MinIntroWords)
            {
                continue;
            }

            var first = lines.Count;
            var next = i + 1;
            while (next < segment.End && blocks[next] is { AfterGap: false, IsRemoved: false, Indent: < BoxIndent } item && !item.Content.EndsWith(':'))
            {
                lines.Add(next++);
            }

            if (lines.Count - first < TableRows)
            {
                lines.RemoveRange(first, lines.Count - first);
            }

            i = next - 1;
        }

        return lines;
    }

    /// <summary>The kept lines at the margin that belong to a run of table rows with the same number of cells.</summary>
    private static HashSet<int> TableRowsIn(IReadOnlyList<TextBlock> blocks, TextSegment segment)
    {
        var rows = new HashSet<int>();
        var run = new List<int>();
        for (var i = segment.Start; i <= segment.End; i++)
        {
            var block = i < segment.End ? blocks[i] : null;
            if (block is { IsRemoved: true })
            {
                continue;
            }

            var row = block is { Cells: >= TableCells, Indent: < BoxIndent, IsListItem: false };
            if (row && (run.Count == 0 || blocks[run[0]].Cells == block!.Cells))
            {
                run.Add(i);
                continue;
            }

            if (run.Count >= TableRows)
            {
                rows.UnionWith(run);
            }

            run.Clear();
            if (row)
            {
                run.Add(i);
            }
        }

        return rows;
    }

    /// <summary>How strongly a kept line argues for being body text.</summary>
    public int Weight(TextBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var text = block.Content;
        if (patterns.BodyEnd.IsMatch(text))
        {
            return BodyEndWeight;
        }

        if (LineShape.IsProse(text, patterns.Rules.ProseMinWords))
        {
            var words = LineShape.Words(text);
            return block.IsListItem || block.Indent >= NestedIndent ? ShortLineWeight
                : block.Indent >= BoxIndent ? words / 2
                : words;
        }

        return LineShape.IsHeading(text, patterns.Rules.HeadingMaxWords) && !block.IsListItem ? HeadingWeight : ShortLineWeight;
    }

    /// <summary>An entry of a numbered list ("1. A General Motors assembly worker …"): a ranked teaser, not the story's prose.</summary>
    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex NumberedEntry();
}
