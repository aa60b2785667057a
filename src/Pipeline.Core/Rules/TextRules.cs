namespace Pipeline.Core.Rules;

/// <summary>Rules for cleaning plain-text dumps (rules/text.json): phrases, patterns (.NET regex, matched case-insensitively) and line-shape thresholds.</summary>
public sealed record TextRules
{
    public string Version { get; init; } = "";

    /// <summary>Lines that are ad slots when they stand alone (compared case-insensitively after folding).</summary>
    public IReadOnlyList<string> AdLines { get; init; } = [];

    /// <summary>Whole lines that are page chrome ("Read more", "Previous Post Next Post").</summary>
    public IReadOnlyList<string> NavigationLines { get; init; } = [];

    /// <summary>Patterns of page-chrome lines ("3 min read", share bars).</summary>
    public IReadOnlyList<string> NavigationPatterns { get; init; } = [];

    /// <summary>Section labels ("World") that are chrome when they stand alone on a line.</summary>
    public IReadOnlyList<string> SectionLabels { get; init; } = [];

    /// <summary>Syndication traces ("The post X appeared first on Y.", "source: X").</summary>
    public IReadOnlyList<string> SyndicationPatterns { get; init; } = [];

    /// <summary>Hosts of feed short links; a line that is only such a link is a syndication trace.</summary>
    public IReadOnlyList<string> FeedLinkHosts { get; init; } = [];

    /// <summary>A "Sources: A/B" line; group <c>sources</c> holds the credited names.</summary>
    public string SourceLinePattern { get; init; } = "";

    /// <summary>Notes crediting an agency; group <c>agency</c> holds its name.</summary>
    public IReadOnlyList<string> AgencyNotePatterns { get; init; } = [];

    /// <summary>A dateline crediting an agency ("WASHINGTON (AP) —"); group <c>agency</c>.</summary>
    public string DatelineAgencyPattern { get; init; } = "";

    /// <summary>Lines that close one post of a multi-post page (besides source lines).</summary>
    public IReadOnlyList<string> ArticleCloserPatterns { get; init; } = [];

    /// <summary>Headings that open what follows a post's body (related links, teasers).</summary>
    public IReadOnlyList<string> BodyEndPatterns { get; init; } = [];

    /// <summary>A question or answer of an interview, by its label ("Q: Favorite apps?", "A: …"): the story's text, however short.</summary>
    public string InterviewLinePattern { get; init; } = "(?!)";

    /// <summary>The heading of the writer's box under a story ("About Jane Doe"); group <c>name</c>.</summary>
    public string WriterBoxPattern { get; init; } = "(?!)";

    /// <summary>A free picture's licence closing its credit ("[CC BY 2.0], via Wikimedia Commons"): a caption, even one opening with "By".</summary>
    public IReadOnlyList<string> PictureLicencePatterns { get; init; } = [];

    /// <summary>Photo captions and credits.</summary>
    public IReadOnlyList<string> CaptionPatterns { get; init; } = [];

    /// <summary>Lines that open a reader-comment thread.</summary>
    public IReadOnlyList<string> CommentStartPatterns { get; init; } = [];

    /// <summary>A commenter line with its timestamp; groups <c>author</c>, <c>date</c>, <c>time</c>.</summary>
    public string CommentHeaderPattern { get; init; } = "";

    /// <summary>The thread's own chrome ("Reply", "Leave a Reply to X Cancel Reply").</summary>
    public IReadOnlyList<string> CommentChromePatterns { get; init; } = [];

    /// <summary>The reply button's label in each language ("Reply", "Antworten", "Répondre"): a line of its own, or after a bar at a line's end, inside a comment's text.</summary>
    public IReadOnlyList<string> CommentReplyLabels { get; init; } = [];

    /// <summary>The signature line some themes print under a comment ("Kommentar von jancak — 2019-01-01 @ 00:45"), a regular expression with a group <c>author</c>.</summary>
    public string CommentSignaturePattern { get; init; } = "";

    /// <summary>Lower-case phrases of a comment section's interface ("cancel reply", "log in", "akismet"): an unsigned, undated short "comment" holding one is the section's chrome.</summary>
    public IReadOnlyList<string> CommentInterfacePhrases { get; init; } = [];

    /// <summary>Newsletter and membership appeals.</summary>
    public IReadOnlyList<string> NewsletterPatterns { get; init; } = [];

    /// <summary>Cookie and consent banners.</summary>
    public IReadOnlyList<string> ConsentPatterns { get; init; } = [];

    /// <summary>Footer lines: contact addresses, publisher blurbs, legal links.</summary>
    public IReadOnlyList<string> FooterPatterns { get; init; } = [];

    /// <summary>Byline lines ("By X", "Reporting by: X | Source: Y").</summary>
    public IReadOnlyList<string> BylinePatterns { get; init; } = [];

    /// <summary>Lines of a story's head that tell about the story or offer to share it (reading time, comment count, share buttons, a picture's credit): never its title.</summary>
    public IReadOnlyList<string> HeadMetadataPatterns { get; init; } = [];

    /// <summary>A head line stating a date beside at most this many words is a dateline ("LinkNaija October 06, 2018"), not the title.</summary>
    public int MaxWordsBesideHeadDate { get; init; } = 3;

    /// <summary>A head line stating a clock time (and maybe a date) beside at most this many words is a byline or a dateline, not the title.</summary>
    public int MaxWordsBesideHeadTime { get; init; } = 6;

    /// <summary>Words that may stand beside the dates of a stamp line and nothing else: times, zones, weekdays, connectives ("at", "um").</summary>
    public IReadOnlyList<string> StampWords { get; init; } = [];

    /// <summary>An age a stamp line may state instead of a date ("1 day ago", "vor 3 Stunden").</summary>
    public string StampAgePattern { get; init; } = "(?!)";

    /// <summary>A stamp line has at most this many characters.</summary>
    public int MaxStampLineChars { get; init; } = 120;

    /// <summary>A line with at least this many words (or ending a sentence) reads as prose.</summary>
    public int ProseMinWords { get; init; } = 10;

    /// <summary>Headings (titles, subheadings) have at most this many words.</summary>
    public int HeadingMaxWords { get; init; } = 16;

    /// <summary>Bylines have at most this many words.</summary>
    public int BylineMaxWords { get; init; } = 14;

    /// <summary>A standfirst (dek) has at most this many words.</summary>
    public int StandfirstMaxWords { get; init; } = 30;

    /// <summary>List items with at most this many words are menu entries, not body.</summary>
    public int ShortBlockMaxWords { get; init; } = 6;

    /// <summary>A post needs this many prose lines to count as an article.</summary>
    public int ArticleMinProseLines { get; init; } = 2;

    /// <summary>A post needs this many body words to count as an article.</summary>
    public int ArticleMinWords { get; init; } = 40;
}
