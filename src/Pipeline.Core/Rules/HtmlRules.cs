namespace Pipeline.Core.Rules;

/// <summary>Rules for extracting articles from HTML (rules/html.json).</summary>
public sealed record HtmlRules
{
    public string Version { get; init; } = "";

    /// <summary>Tags whose elements never carry article text.</summary>
    public IReadOnlyList<string> RemovedTags { get; init; } = [];

    /// <summary>Class names (whole tokens) of story text a page ships hidden from assistive technology (aria-hidden) until a subscriber reads it: still the story.</summary>
    public IReadOnlyList<string> PaywalledTextClasses { get; init; } = [];

    /// <summary>Class/id regular expressions that mark boilerplate containers, keyed by removal reason.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BoilerplatePatterns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Class regular expressions of a box shown over the page (a log-in or message modal): judged on an &lt;article&gt; too, whose other classes are not.</summary>
    public IReadOnlyList<string> DialogClassPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions that mark reader-comment sections.</summary>
    public IReadOnlyList<string> CommentPatterns { get; init; } = [];

    /// <summary>Class/id fragments of a box of comments on other posts ("recentcomments", "most-commented", a menu's): links to other posts' discussions, not this article's.</summary>
    public IReadOnlyList<string> OtherPostCommentPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of a comment section's furniture (heading, count, form notes, rules, login box, buttons): an unsigned item in one is no comment.</summary>
    public IReadOnlyList<string> CommentFurniturePatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of one comment inside a comment section.</summary>
    public IReadOnlyList<string> CommentItemPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of a comment's author.</summary>
    public IReadOnlyList<string> CommentAuthorPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of a comment's date.</summary>
    public IReadOnlyList<string> CommentDatePatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of a comment's body, read when the comment has no paragraphs.</summary>
    public IReadOnlyList<string> CommentTextPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of image captions.</summary>
    public IReadOnlyList<string> CaptionPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of image blocks: a short block so named that holds an image is a figure even without figure markup.</summary>
    public IReadOnlyList<string> ImageBlockPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of image credits.</summary>
    public IReadOnlyList<string> CreditPatterns { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive) of a credit written into a caption, whole or closing it; group "credit" is the credit.</summary>
    public IReadOnlyList<string> CaptionCreditPatterns { get; init; } = [];

    /// <summary>A credit found in a caption with more words than this is a sentence of the caption, not a credit.</summary>
    public int MaxCaptionCreditWords { get; init; } = 10;

    /// <summary>Phrases of a bot check or interstitial a scraper is served instead of the page ("checking your browser"): a page of little text holding one has no article.</summary>
    public IReadOnlyList<string> InterstitialPhrases { get; init; } = [];

    /// <summary>Words a credit element may hold alone, naming no one ("Copyright", "©", "Photo:").</summary>
    public IReadOnlyList<string> CreditLabels { get; init; } = [];

    /// <summary>Class/id regular expressions of interface controls set inside a figure (buttons, button-styled links): their text is no caption.</summary>
    public IReadOnlyList<string> CaptionControlPatterns { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive) of interface labels in a caption (zoom links, caption toggles, gallery counters), cut from it.</summary>
    public IReadOnlyList<string> CaptionInterfacePatterns { get; init; } = [];

    /// <summary>Class/id regular expressions of an article's lead block (standfirst, intro, summary) printed before the body.</summary>
    public IReadOnlyList<string> LeadPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions that make a block more likely to be the article body.</summary>
    public IReadOnlyList<string> PositiveClassPatterns { get; init; } = [];

    /// <summary>Class/id regular expressions that make a block less likely to be the article body.</summary>
    public IReadOnlyList<string> NegativeClassPatterns { get; init; } = [];

    /// <summary>Regular expressions of short leading lines that are bylines or date lines.</summary>
    public IReadOnlyList<string> BylineLinePatterns { get; init; } = [];

    /// <summary>Longest leading line that may be dropped as a byline or date line.</summary>
    public int MaxBylineLineChars { get; init; } = 140;

    /// <summary>Regular expressions (case-insensitive) of a reader appeal: subscribe, sign up, follow us, get the app, log in, donate.</summary>
    public IReadOnlyList<string> AppealPatterns { get; init; } = [];

    /// <summary>A paragraph matching an appeal pattern is only dropped when shorter than this: a longer one is article text that mentions it.</summary>
    public int MaxAppealChars { get; init; } = 250;

    /// <summary>Regular expressions (case-insensitive) of an appeal that opens by addressing the reader (a salutation asking for support, a plug for the site's own service).</summary>
    public IReadOnlyList<string> ReaderAddressPatterns { get; init; } = [];

    /// <summary>A paragraph matching a reader-address pattern is only dropped when shorter than this: its opening gives it away, so it may run longer than a plain appeal.</summary>
    public int MaxReaderAddressChars { get; init; } = 800;

    /// <summary>Regular expressions (case-insensitive) of a disclosure of how the site earns from the links in the text (affiliate links, commissions).</summary>
    public IReadOnlyList<string> LinkDisclosurePatterns { get; init; } = [];

    /// <summary>A paragraph matching a link-disclosure pattern is only dropped when shorter than this.</summary>
    public int MaxLinkDisclosureChars { get; init; } = 800;

    /// <summary>Regular expressions (case-insensitive) of a caption printed as a plain paragraph: a photo credit closing it, a figure label opening it.</summary>
    public IReadOnlyList<string> CaptionLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a caption-line pattern is only dropped when shorter than this.</summary>
    public int MaxCaptionLineChars { get; init; } = 300;

    /// <summary>Regular expressions (case-insensitive) of a line that is only a publication or update stamp (a label and a date or time) or a reading-time note.</summary>
    public IReadOnlyList<string> StampLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a stamp pattern is only dropped when shorter than this.</summary>
    public int MaxStampLineChars { get; init; } = 80;

    /// <summary>Regular expressions (case-insensitive) of a line that only credits the story's sources or contributors ("Quelle: …", "X contributed to this report.").</summary>
    public IReadOnlyList<string> CreditLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a credit-line pattern is only dropped when shorter than this.</summary>
    public int MaxCreditLineChars { get; init; } = 300;

    /// <summary>Regular expressions (case-insensitive) of a teaser for another page: a summary sentence closed by a read-more link.</summary>
    public IReadOnlyList<string> ReadMoreTeaserPatterns { get; init; } = [];

    /// <summary>A paragraph matching a read-more teaser pattern is only dropped when shorter than this.</summary>
    public int MaxReadMoreTeaserChars { get; init; } = 400;

    /// <summary>Regular expressions (case-insensitive) of a link to a file given with its type and size.</summary>
    public IReadOnlyList<string> FileLinkLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a file-link pattern is only dropped when shorter than this.</summary>
    public int MaxFileLinkLineChars { get; init; } = 250;

    /// <summary>Regular expressions (case-insensitive) of a template placeholder left unfilled in the text ("$$ARTICLEAD$$", "{{ headline }}") or a stray punctuation mark alone in a block: never read.</summary>
    public IReadOnlyList<string> PlaceholderLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a placeholder pattern is only dropped when shorter than this.</summary>
    public int MaxPlaceholderLineChars { get; init; } = 60;

    /// <summary>Regular expressions (case-insensitive) of a heading that asks the reader to join or sign up ("Join our WhatsApp community!"): the box it leads goes with it.</summary>
    public IReadOnlyList<string> AppealBoxHeadingPatterns { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive) of a rating widget's lines ("(7 Bewertungen)", "Rating: 5.0/5 (1 vote cast)", "Durchschnittliche Bewertung:"): the widget's counts and prompts, never the article's text.</summary>
    public IReadOnlyList<string> RatingLinePatterns { get; init; } = [];

    /// <summary>A paragraph matching a rating pattern is only dropped when shorter than this.</summary>
    public int MaxRatingLineChars { get; init; } = 80;

    /// <summary>Regular expressions (case-insensitive) of the author's closing greeting ("Euer Hans", "x Franzi", "Cheers, Tom": the greeting and a name of one or two words): a short last line that is kept, not an orphaned label.</summary>
    public IReadOnlyList<string> SignOffPatterns { get; init; } = [];

    /// <summary>
    /// Regular expressions (case-insensitive, matched against the whole label) of the short labels set before a teaser box or a related list ("Lesen Sie
    /// auch", "Para saber más", "À lire aussi"); the English ones are the text rules' body-end headings, which are read with these.
    /// </summary>
    public IReadOnlyList<string> TeaserLabelPatterns { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive) of a lead-in sentence ending in a colon that sends the reader to another page ("Read our full coverage here:", "More:").</summary>
    public IReadOnlyList<string> LeadInPatterns { get; init; } = [];
}
