using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>Reads one segment as a post: body region, title, standfirst, byline, subheadings, agencies, comments; every other line of the segment is marked removed.</summary>
public sealed class PostBuilder(TextPatterns patterns, MainTextSelector selector, BylineReader bylines, AgencyCreditFinder agencies, HeadMetadataLine headMetadata, HeadlineEcho echo)
{
    private readonly UnlabelledBylineFinder _unlabelled = new(bylines, headMetadata);

    private const int MinTitleWords = 3;

    // A repeated line is the headline only when it shares this many telling words with the story's opening.
    private const int MinRepeatEchoWords = 2;

    // The headline and its byline: what a stamp may have over it at the top of the body's run.
    private const int MaxLinesOverStamp = 2;

    // Where a closing credit may stand: among the lines just under the body.
    private const int ClosingCreditLines = 3;

    /// <summary>A headline stands within this many telling lines of its story (kicker, dek, byline, credits between).</summary>
    private const int MaxHeadLines = 12;

    /// <summary>A headline may hold this many times a subheading's words.</summary>
    private const int MaxHeadlineWordsFactor = 2;

    /// <summary>Leading spaces from which a short line sits in a column beside the body, not under it: text browsers lay columns out side by side.</summary>
    private const int SideColumnIndent = 40;

    /// <summary>Words from which a short line closed like a sentence between two paragraphs of prose is one of the story's paragraphs.</summary>
    private const int MinShortSentenceWords = 3;

    /// <summary>The writer's bio follows the box's heading within this many lines (the name printed again, a picture between).</summary>
    private const int WriterBoxLookahead = 4;

    /// <summary>A line above the writer's box naming its person is the box's picture or name line up to this many words.</summary>
    private const int WriterBoxCaptionWords = 6;

    /// <param name="page">The whole page's lines; only the segment's lines are read.</param>
    /// <param name="segment">The lines of this post.</param>
    /// <param name="onListing">The page holds several segments: each post's title is its fullest heading.</param>
    /// <param name="comments">Comments parsed from the whole page.</param>
    public PostDraft Build(IReadOnlyList<TextBlock> page, TextSegment segment, bool onListing, IReadOnlyList<ParsedComment> comments)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(comments);
        var blocks = page.ToArray();
        var rules = patterns.Rules;
        var region = selector.Select(blocks, segment);
        var regionFirst = region is null ? segment.End : AfterHeadStamp(blocks, region.Value.First, region.Value.Last);
        var regionLast = region is null ? segment.End - 1 : BeforeWriterBox(blocks, region.Value.First, region.Value.Last, segment.End);

        var titleIndex = FindTitle(blocks, segment.Start, regionFirst, regionLast, onListing);
        if (titleIndex >= 0)
        {
            blocks[titleIndex] = blocks[titleIndex] with { Role = TextRole.Title, Removal = null };
        }

        var inBox = false;
        var bodyParagraphs = 0;
        // The menu's short items were taken out before the body was chosen; inside it, those of the story's own lists go back in.
        var storyItems = region is null ? [] : StoryList.ItemsIn(blocks, regionFirst, regionLast, rules.ShortBlockMaxWords);
        for (var i = regionFirst; region is not null && i <= regionLast; i++)
        {
            var block = blocks[i];
            // Not the title printed again as a picture's item (a gallery's "• <headline>" over its caption).
            if (block.Removal == RemovalReasons.Navigation && storyItems.Contains(i) && !inBox && (titleIndex < 0 || block.Content != blocks[titleIndex].Content))
            {
                blocks[i] = block with { Removal = null, Role = TextRole.Body };
                continue;
            }

            if (block.IsRemoved)
            {
                continue;
            }

            var words = LineShape.Words(block.Content);
            var prose = LineShape.IsProse(block.Content, rules.ProseMinWords);
            if (patterns.BodyEnd.IsMatch(block.Content))
            {
                // A related-links label the body runs past ("Related post: …" set between two paragraphs) is a teaser, not a subheading;
                // a bare label ("DON'T MISS", "Most read in world news") opens a box whose headlines run until the story's prose goes on.
                blocks[i] = block.Remove(RemovalReasons.Related);
                inBox = !MainTextSelector.NamesOneTitle(block.Content);
            }
            else if (inBox && !(prose && !block.IsListItem))
            {
                blocks[i] = block.Remove(RemovalReasons.Related);
            }
            else if (bodyParagraphs <= 1 && !prose && headMetadata.DatedName(block.Content) is not null)
            {
                // The writer beside the date under a dek the body region opens with ("November 20, 2019 Emiliano Bellini"): a byline, not a subheading.
                blocks[i] = block with { Role = TextRole.Byline };
            }
            else
            {
                inBox = false;
                blocks[i] = Classify(blocks, i, words, prose, regionLast);
                bodyParagraphs += blocks[i].Role == TextRole.Body ? 1 : 0;
            }
        }

        if (region is not null && ClosingCredit(blocks, regionLast, segment.End) is { } credit)
        {
            blocks[credit] = blocks[credit] with { Role = TextRole.Body, Removal = null };
        }

        var standfirstIndex = FindStandfirst(blocks, Math.Max(titleIndex + 1, segment.Start), regionLast);
        if (standfirstIndex >= 0)
        {
            blocks[standfirstIndex] = blocks[standfirstIndex] with { Role = TextRole.Standfirst };
        }

        var headIndex = titleIndex >= 0 ? titleIndex : regionFirst;
        for (var i = segment.Start; i < segment.End; i++)
        {
            if (blocks[i].Role is TextRole.Unclassified && !blocks[i].IsRemoved)
            {
                blocks[i] = blocks[i].Remove(i < headIndex ? RemovalReasons.Navigation : RemovalReasons.Boilerplate);
            }
        }

        var article = Assemble(blocks, segment, headIndex, comments);
        // A closed post (its "Sources:" line, "Read more") may be one paragraph long; an open run of text needs more body to count.
        var closed = Enumerable.Range(segment.Start, segment.End - segment.Start).Any(i => blocks[i].Role == TextRole.Closer);
        var proseLines = article.Text.Split("\n\n").Count(p => LineShape.IsProse(p, rules.ProseMinWords));
        var isArticle = region is not null && article.WordCount >= rules.ArticleMinWords && (titleIndex >= 0 || !onListing)
            && (closed || proseLines >= rules.ArticleMinProseLines);
        return new PostDraft(article, isArticle, headIndex, segment, blocks);
    }

    private int FindTitle(TextBlock[] blocks, int start, int end, int regionLast, bool onListing)
    {
        if (onListing)
        {
            return FullestHeading(blocks, start, end);
        }

        // On a single page the title is the last real heading above the body (not a kicker or breadcrumb), or one of the headings of
        // the story's head; read upwards from the body, so that a long page's menus above the head are not read.
        var headingMaxWords = patterns.Rules.HeadingMaxWords;
        var head = HeadStart(blocks, start, end);
        var found = -1;
        var candidates = new List<int>();
        for (var i = end - 1; i >= start && (found < 0 || i >= head); i--)
        {
            var block = blocks[i];
            // A page may print its headline again in a share bar and a picture's label, so that it was taken out as a repeated line:
            // it stays a candidate, chosen only when it names what the story's opening tells.
            var repeated = block.Role == TextRole.Repeated;
            if ((block.IsRemoved && !repeated) || block.IsListItem || (block.Role != TextRole.Unclassified && !repeated))
            {
                continue;
            }

            var words = LineShape.Words(block.Text);
            // Printed just over the byline, a repeated line is the headline whatever else repeats it.
            var last = (!repeated || (i + 1 < end && blocks[i + 1].Role == TextRole.Byline)) && found < 0 && words >= MinTitleWords
                && LineShape.IsHeading(block.Text, headingMaxWords);
            // A headline may run longer than a subheading ("Hunter diagnosed with bubonic plague after eating a rabbit …").
            var candidate = i >= head && words >= MinTitleWords && LineShape.IsHeading(block.Text, MaxHeadlineWordsFactor * headingMaxWords);
            if ((last || candidate) && !headMetadata.IsMetadata(block.Text))
            {
                found = last ? i : found;
                if (candidate)
                {
                    candidates.Add(i);
                }
            }
        }

        candidates.Reverse();
        var lead = echo.LeadWords(blocks, end, regionLast);
        // With no heading of three words, a repeated headline the opening echoes, else the first heading, stands for the title.
        found = found >= 0 ? found : EchoedRepeat(blocks, candidates, lead) ?? FullestHeading(blocks, start, end, firstOnly: true);
        if (found < 0)
        {
            return found;
        }

        // That last heading may be the head's furniture or a caption; the headline is the one that names what the story's opening tells.
        var best = found;
        var bestShared = echo.Shared(blocks[found].Text, lead);
        var kicker = LineShape.Words(blocks[found].Text) <= MinTitleWords;
        foreach (var i in candidates)
        {
            // A line longer than any heading after the last heading is the story's dek, unless that heading was a kicker ("BLACK DEATH FEARS");
            // a line set further in than that heading is an item of a teaser list beside it; one in capitals over it is its section's
            // label ("GROWING AN ONLINE BUSINESS").
            if ((i > found && !kicker && LineShape.Words(blocks[i].Text) > headingMaxWords) || blocks[i].Indent > blocks[found].Indent
                || (i < found && LineShape.IsCapitals(blocks[i].Text) && !LineShape.IsCapitals(blocks[found].Text)))
            {
                continue;
            }

            var shared = echo.Shared(blocks[i].Text, lead);
            if (shared > bestShared && (blocks[i].Role != TextRole.Repeated || shared >= MinRepeatEchoWords))
            {
                best = i;
                bestShared = shared;
            }
        }

        return HeadingOverByline(blocks, candidates, best, head, lead) ?? best;
    }

    /// <summary>
    /// An agency story's closing credit just under its last paragraph ("(Reporting by Will Dunham; Editing by Tom Brown)"): the story's
    /// own line, kept in its text as the HTML path keeps it, though too short to weigh as prose.
    /// </summary>
    private static int? ClosingCredit(TextBlock[] blocks, int regionLast, int end)
    {
        for (var i = regionLast + 1; i < end && i <= regionLast + ClosingCreditLines; i++)
        {
            var block = blocks[i];
            if (block.Text.Length <= LineShape.MaxShortLineLength && ReportingCredit.IsMatch(block.Content) && block.Removal is null or RemovalReasons.Boilerplate)
            {
                return i;
            }

            if (!block.IsRemoved)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// A stamp among the first lines of the body's run closes the story's head: a headline set as a question ("… and Twitter asks, Are
    /// you guys OK?") and the names under it weigh as prose, yet stand over the date. The run then starts under the stamp.
    /// </summary>
    private int AfterHeadStamp(TextBlock[] blocks, int first, int last)
    {
        var kept = 0;
        for (var i = first; i <= last && kept <= MaxLinesOverStamp; i++)
        {
            var block = blocks[i];
            if (block.Role == TextRole.Stamp)
            {
                return kept > 0 && i < last ? i + 1 : first;
            }

            if (!block.IsRemoved && (kept++ == MaxLinesOverStamp || LineShape.Words(block.Text) > MaxHeadlineWordsFactor * patterns.Rules.HeadingMaxWords))
            {
                break;
            }
        }

        return first;
    }

    /// <summary>
    /// A headline stands over its byline, its dek maybe between: a heading chosen under the head's byline belongs to what follows it (a
    /// video's title and caption over the story), and the heading just over that byline is the title when it too names what the story's
    /// opening tells; a byline set over the headline has the page's menu above it.
    /// </summary>
    private int? HeadingOverByline(TextBlock[] blocks, List<int> candidates, int chosen, int head, HashSet<string> lead)
    {
        var byline = chosen - 1;
        while (byline >= head && blocks[byline].Role != TextRole.Byline)
        {
            byline--;
        }

        var keptBetween = 0;
        for (var i = byline - 1; byline >= head && i >= head && keptBetween <= 1; i--)
        {
            if (candidates.Contains(i))
            {
                return echo.Shared(blocks[i].Text, lead) >= MinRepeatEchoWords ? i : null;
            }

            keptBetween += blocks[i].IsRemoved ? 0 : 1;
        }

        return null;
    }

    // The repeated line among the candidates that shares the most telling words with the opening, two at least.
    private int? EchoedRepeat(TextBlock[] blocks, List<int> candidates, HashSet<string> lead)
    {
        int? best = null;
        var bestShared = MinRepeatEchoWords - 1;
        foreach (var i in candidates)
        {
            var shared = blocks[i].Role == TextRole.Repeated ? echo.Shared(blocks[i].Text, lead) : 0;
            if (shared > bestShared)
            {
                (best, bestShared) = (i, shared);
            }
        }

        return best;
    }

    /// <summary>On a listing, the fullest heading above the body (not the site name or a feed handle); with <paramref name="firstOnly"/>, the first.</summary>
    private int FullestHeading(TextBlock[] blocks, int start, int end, bool firstOnly = false)
    {
        var found = -1;
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            if (block.IsRemoved || block.IsListItem || block.Role != TextRole.Unclassified || !LineShape.IsHeading(block.Text, patterns.Rules.HeadingMaxWords)
                || (found >= 0 && LineShape.Words(block.Text) <= LineShape.Words(blocks[found].Text)) || headMetadata.IsMetadata(block.Text))
            {
                continue;
            }

            found = i;
            if (firstOnly)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// Where the story's head begins: at most <see cref="MaxHeadLines"/> lines that could say something stand between it and the body
    /// at <paramref name="end"/> (kept, not in a list such as share buttons or key points, of three words or more and not about the
    /// story, as a share panel's "Share this with Twitter" is); further up are the page's other headlines.
    /// </summary>
    private int HeadStart(TextBlock[] blocks, int start, int end)
    {
        var count = 0;
        for (var i = end - 1; i >= start; i--)
        {
            var block = blocks[i];
            if (!block.IsRemoved && !block.IsListItem && LineShape.Words(block.Text) >= MinTitleWords && !headMetadata.IsMetadata(block.Text)
                && ++count > MaxHeadLines)
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>A kept line of the body region: the story's prose (or a short sentence between prose), a subheading, or boilerplate.</summary>
    private TextBlock Classify(TextBlock[] blocks, int i, int words, bool prose, int regionLast)
    {
        var block = blocks[i];
        var rules = patterns.Rules;
        if (prose || (block.IsListItem && words > rules.ShortBlockMaxWords)
            || (words >= MinShortSentenceWords && !block.IsListItem && LineShape.EndsSentence(block.Content) && BetweenProse(blocks, i, regionLast)))
        {
            // A sentence too short to read as prose on its own ("Cook said the admiration is mutual.") is the story's when prose stands on both sides.
            return block with { Role = TextRole.Body };
        }

        // A heading-shaped line set far right of the margin is a side column's label printed between the body's lines
        // ("Overview: World", "Other news in this section"), not a subheading.
        return !block.IsListItem && block.Indent < SideColumnIndent && LineShape.IsHeading(block.Content, rules.HeadingMaxWords)
            ? block with { Role = TextRole.Subheading }
            : block.Remove(RemovalReasons.Boilerplate);
    }

    /// <summary>True when the nearest kept lines before and after the line (inside the body region) are both prose at the margin.</summary>
    private bool BetweenProse(TextBlock[] blocks, int at, int regionLast)
    {
        var before = at - 1;
        while (before >= 0 && blocks[before].IsRemoved)
        {
            before--;
        }

        var after = at + 1;
        while (after <= regionLast && blocks[after].IsRemoved)
        {
            after++;
        }

        return before >= 0 && after <= regionLast && blocks[before].Role == TextRole.Body && !blocks[after].IsListItem
            && LineShape.IsProse(blocks[after].Content, patterns.Rules.ProseMinWords);
    }

    // The dek: a single short sentence right after the title, followed by a longer body paragraph.
    private int FindStandfirst(TextBlock[] blocks, int start, int regionLast)
    {
        var rules = patterns.Rules;
        var candidate = -1;
        for (var i = start; i <= regionLast && i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (block.IsRemoved)
            {
                continue;
            }

            if (candidate < 0)
            {
                var words = LineShape.Words(block.Text);
                if (block.Role is not (TextRole.Body or TextRole.Unclassified) || block.IsListItem || words > rules.StandfirstMaxWords
                    || LineShape.Sentences(block.Text) > 1 || !LineShape.IsProse(block.Text, rules.ProseMinWords)
                    || block.Text[0] is '“' or '"' || patterns.DatelineAgency.IsMatch(block.Text))
                {
                    return -1;
                }

                candidate = i;
                continue;
            }

            if (block.Role == TextRole.Body)
            {
                var setOff = IsRemovedLine(blocks, candidate - 1) || IsRemovedLine(blocks, candidate + 1);
                return setOff && LineShape.Words(block.Text) > LineShape.Words(blocks[candidate].Text) ? candidate : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The region's last line above the writer's box that a story's last third may run into ("Über Moritz Bachmann" over "Als Inbound Sales
    /// Manager bildet Moritz Bachmann …"), and above the short lines just before the box that name the same person (its picture's "Foto von
    /// Moritz Bachmann"); <paramref name="last"/> when no box heading is followed within a few lines by a line naming its person.
    /// </summary>
    private int BeforeWriterBox(TextBlock[] blocks, int first, int last, int end)
    {
        for (var i = last - (last - first) / 3; i <= last; i++)
        {
            if (patterns.WriterBox.Match(blocks[i].Content) is not { Success: true } box)
            {
                continue;
            }

            var name = box.Groups["name"].Value;
            if (!Enumerable.Range(i + 1, Math.Min(WriterBoxLookahead, end - i - 1)).Any(j => blocks[j].Content.Contains(name, StringComparison.Ordinal)))
            {
                continue;
            }

            var cut = i;
            while (cut > first && LineShape.Words(blocks[cut - 1].Content) <= WriterBoxCaptionWords && blocks[cut - 1].Content.Contains(name, StringComparison.Ordinal))
            {
                cut--;
            }

            return cut > first ? cut - 1 : last;
        }

        return last;
    }

    // A text dump runs on past the story into the page's trailer: a short paragraph in the body's last third that opens by naming the
    // credited writer ("Phil Helsel is a reporter for NBC News.", "Email Tariq Malik at …") is the writer's note that closes the story,
    // and what follows it (newsletter boxes, forum links, teasers) is the page's, not the story's.
    private static void DropClosingAuthorBio(List<string> paragraphs, IReadOnlyList<string> authors, List<RemovedBlock> removed)
    {
        var names = authors.Where(a => a.Contains(' ', StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            return;
        }

        for (var i = Math.Max(1, paragraphs.Count - Math.Max(1, paragraphs.Count / 3)); i < paragraphs.Count; i++)
        {
            if (Html.AuthorBioRemover.IsBioText(paragraphs[i], names))
            {
                removed.Add(new RemovedBlock(RemovalReasons.Byline, paragraphs[i]));
                removed.AddRange(paragraphs.Skip(i + 1).Select(p => new RemovedBlock(RemovalReasons.Boilerplate, p)));
                paragraphs.RemoveRange(i, paragraphs.Count - i);
                return;
            }
        }
    }

    private static bool IsRemovedLine(TextBlock[] blocks, int index) => index >= 0 && index < blocks.Length && blocks[index].IsRemoved;

    private Article Assemble(TextBlock[] blocks, TextSegment segment, int headIndex, IReadOnlyList<ParsedComment> comments)
    {
        string? title = null;
        string? standfirst = null;
        string? bylineText = null;
        var paragraphs = new List<string>();
        var removed = new List<RemovedBlock>();
        for (var i = segment.Start; i < segment.End; i++)
        {
            var block = blocks[i];
            switch (block.Role)
            {
                case TextRole.Title:
                    title ??= block.Text;
                    break;
                case TextRole.Standfirst:
                    // The dek also opens the text, as in the HTML path: publishers print it as the article's first paragraph.
                    standfirst ??= block.Text;
                    paragraphs.Add(block.Content);
                    break;
                case TextRole.Body or TextRole.Subheading:
                    paragraphs.Add(block.Content);
                    break;
                case TextRole.Byline when i >= headIndex:
                    bylineText ??= block.Text;
                    break;
            }

            if (block.IsRemoved && i >= headIndex)
            {
                removed.Add(new RemovedBlock(block.Removal!, block.Text));
            }
        }

        // A byline set as the headline's kicker ("Von Moritz Bachmann publiziert am 25. September 2018" just above it) when none follows it.
        if (bylineText is null && headIndex > segment.Start && blocks[headIndex - 1].Role == TextRole.Byline)
        {
            bylineText = blocks[headIndex - 1].Text;
        }

        var byline = bylines.Read(bylineText);
        if (bylineText is null && _unlabelled.Find(blocks, segment, headIndex) is { } dated)
        {
            (bylineText, byline) = dated;
        }
        else if (bylineText is not null && byline is { Authors.Count: 0, Agencies.Count: 0 } && headMetadata.DatedName(bylineText) is { } name)
        {
            byline = bylines.Read(name);
        }

        // With no writer in the head, an agency story's closing credit names its reporters.
        if (byline.Authors.Count == 0 && paragraphs.TakeLast(ClosingCreditLines).Select(bylines.Reporters).LastOrDefault(r => r is not null) is { } reporters)
        {
            byline = byline with { Authors = reporters.Authors };
        }

        DropClosingAuthorBio(paragraphs, byline.Authors, removed);
        var text = string.Join("\n\n", paragraphs);
        return new Article
        {
            Title = title,
            Standfirst = standfirst,
            Authors = byline.Authors,
            Agencies = agencies.Find(blocks, segment, byline.Agencies),
            Byline = bylineText,
            Text = text,
            WordCount = WordCounter.Count(text),
            Removed = removed,
            Comments = comments.Where(c => c.BlockIndex >= segment.Start && c.BlockIndex < segment.End).Select(c => c.Comment).ToArray(),
        };
    }
}
