using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Text;

/// <summary>The phrases and patterns of <see cref="TextRules"/>, compiled once per rule set.</summary>
public sealed class TextPatterns
{
    // Rules are data: NonBacktracking keeps any pattern linear in the line length, whatever a rules edit adds, so RulePattern's match
    // limit never fires here (it is as long as the whole budget, since a one-second limit failed sound pages when a loaded machine
    // stalled a match while the engine built its automaton lazily).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public TextPatterns(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        AdLines = new HashSet<string>(rules.AdLines, StringComparer.OrdinalIgnoreCase);
        NavigationLines = new HashSet<string>(rules.NavigationLines, StringComparer.OrdinalIgnoreCase);
        SectionLabels = new HashSet<string>(rules.SectionLabels, StringComparer.OrdinalIgnoreCase);
        Navigation = AnyOf(rules.NavigationPatterns);
        Syndication = AnyOf(rules.SyndicationPatterns);
        FeedLink = RulePattern.Create(@"^https?://(?:www\.)?(?:" + string.Join("|", rules.FeedLinkHosts.Select(Regex.Escape)) + @")/\S*$", Options);
        SourceLine = Compile(rules.SourceLinePattern);
        AgencyNotes = rules.AgencyNotePatterns.Select(Compile).ToArray();
        DatelineAgency = Compile(rules.DatelineAgencyPattern);
        ArticleCloser = AnyOf(rules.ArticleCloserPatterns);
        BodyEnd = AnyOf(rules.BodyEndPatterns);
        WriterBox = Compile(rules.WriterBoxPattern);
        InterviewLine = Compile(rules.InterviewLinePattern);
        PictureLicence = AnyOf(rules.PictureLicencePatterns);
        Caption = AnyOf([.. rules.CaptionPatterns, .. rules.PictureLicencePatterns]);
        CommentStart = AnyOf(rules.CommentStartPatterns);
        CommentHeader = Compile(rules.CommentHeaderPattern);
        CommentChrome = AnyOf(rules.CommentChromePatterns);
        Newsletter = AnyOf(rules.NewsletterPatterns);
        Footer = AnyOf(rules.FooterPatterns);
        Consent = AnyOf(rules.ConsentPatterns);
        Byline = AnyOf(rules.BylinePatterns);
        HeadMetadata = AnyOf(rules.HeadMetadataPatterns);
    }

    public TextRules Rules { get; }
    public IReadOnlySet<string> AdLines { get; }
    public IReadOnlySet<string> NavigationLines { get; }
    public IReadOnlySet<string> SectionLabels { get; }
    public Regex Navigation { get; }
    public Regex Syndication { get; }
    public Regex FeedLink { get; }
    public Regex SourceLine { get; }
    public IReadOnlyList<Regex> AgencyNotes { get; }
    public Regex DatelineAgency { get; }
    public Regex ArticleCloser { get; }
    public Regex BodyEnd { get; }
    public Regex WriterBox { get; }
    public Regex InterviewLine { get; }
    public Regex Caption { get; }
    public Regex PictureLicence { get; }
    public Regex CommentStart { get; }
    public Regex CommentHeader { get; }
    public Regex CommentChrome { get; }
    public Regex Newsletter { get; }
    public Regex Footer { get; }
    public Regex Consent { get; }
    public Regex Byline { get; }
    public Regex HeadMetadata { get; }

    /// <summary>The line opens a byline, is short enough to be one, and is no picture's licensed credit.</summary>
    public bool IsByline(string text) => Byline.IsMatch(text) && LineShape.Words(text) <= Rules.BylineMaxWords && !PictureLicence.IsMatch(text);

    private static Regex Compile(string pattern) => RulePattern.Create(pattern, Options);

    // One alternation per list: a line is tested once per concern, not once per phrase.
    private static Regex AnyOf(IReadOnlyList<string> patterns) =>
        patterns.Count == 0 ? RulePattern.Create("(?!)", Options) : Compile(string.Join("|", patterns.Select(p => "(?:" + p + ")")));
}
