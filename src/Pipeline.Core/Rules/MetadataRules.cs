namespace Pipeline.Core.Rules;

/// <summary>Rules for metadata: news agencies, author roles to strip, words that are not names (rules/metadata.json).</summary>
public sealed record MetadataRules
{
    public string Version { get; init; } = "";

    /// <summary>News agencies: the canonical name and the spellings that denote it.</summary>
    public IReadOnlyList<AgencyRule> Agencies { get; init; } = [];

    /// <summary>Degrees and certifications written after a name ("MS", "RD", "PhD"), matched as written: "Md." opens a name.</summary>
    public IReadOnlyList<string> AuthorCredentials { get; init; } = [];

    /// <summary>Job titles and roles that follow or precede a name in a byline (Staff Writer, Correspondent).</summary>
    public IReadOnlyList<string> AuthorRoles { get; init; } = [];

    /// <summary>Meta tag names/properties (lower-case) whose content names the authors.</summary>
    public IReadOnlyList<string> AuthorMetaNames { get; init; } = [];

    /// <summary>Labels that introduce the article's editor, not its author ("Editor:", "Redaktur:", "Edited by").</summary>
    public IReadOnlyList<string> EditorLabels { get; init; } = [];

    /// <summary>Capitalised articles that open a sentence ("El", "Die", "The") and never end a name: one after a name is the next sentence's.</summary>
    public IReadOnlyList<string> SentenceOpeningArticles { get; init; } = [];

    /// <summary>Labels of a responsible-editor credit ("责任编辑", "责编") that stands for the byline on pages naming no writer.</summary>
    public IReadOnlyList<string> CreditedEditorLabels { get; init; } = [];

    /// <summary>Lower-case words a comment system prints after the commenter's name ("says:", "sagt:", "a écrit :"): no part of the name.</summary>
    public IReadOnlyList<string> CommentSaysWords { get; init; } = [];

    /// <summary>Chinese labels of a reporter written straight before the name ("記者林宸誼", "新华社记者 才扬"); what stands before the label is the employer.</summary>
    public IReadOnlyList<string> HanReporterLabels { get; init; } = [];

    /// <summary>Chinese labels of the writer before a slash or colon ("文／", "作者：").</summary>
    public IReadOnlyList<string> HanWriterLabels { get; init; } = [];

    /// <summary>Chinese labels of a picture or video credit before a slash or colon ("圖／", "摄影："): the credit names no writer.</summary>
    public IReadOnlyList<string> HanPictureLabels { get; init; } = [];

    /// <summary>Endings of a Chinese dateline after the name ("即時報導", "台北報導", "北京3日电"): where and how the story was filed.</summary>
    public IReadOnlyList<string> HanDatelineEndings { get; init; } = [];

    /// <summary>Lower-case labels of a "twitter:labelN" tag whose "twitter:dataN" names the author ("Written by", "Verfasst von").</summary>
    public IReadOnlyList<string> AuthorMetaLabels { get; init; } = [];

    /// <summary>Meta tag names/properties (lower-case) holding the original publication date, most trusted first.</summary>
    public IReadOnlyList<string> PublishedMetaNames { get; init; } = [];

    /// <summary>Meta tag names/properties (lower-case) holding the last-modified date.</summary>
    public IReadOnlyList<string> UpdatedMetaNames { get; init; } = [];

    /// <summary>Meta tag names/properties (lower-case) holding the site's name, most trusted first.</summary>
    public IReadOnlyList<string> SiteNameMetaNames { get; init; } = [];

    /// <summary>Meta tag names/properties (lower-case) holding the article title, most trusted first.</summary>
    public IReadOnlyList<string> TitleMetaNames { get; init; } = [];

    /// <summary>Class/id fragments of elements that hold a byline.</summary>
    public IReadOnlyList<string> BylineClassPatterns { get; init; } = [];

    /// <summary>Class/id fragments of containers whose author names are not the article's (author boxes, quotes, teasers).</summary>
    public IReadOnlyList<string> BylineExcludedClassPatterns { get; init; } = [];

    /// <summary>Class/id fragments of elements that credit a picture's author: no byline, however short.</summary>
    public IReadOnlyList<string> PictureAuthorClassPatterns { get; init; } = [];

    /// <summary>Class/id fragments of elements that usually hold the publication date.</summary>
    public IReadOnlyList<string> DateClassPatterns { get; init; } = [];

    /// <summary>Class/id fragments of regions never trusted for dates or bylines (comments, related lists, captions).</summary>
    public IReadOnlyList<string> ExcludedRegionPatterns { get; init; } = [];

    /// <summary>Words after which a byline name ends ("Jane Doe for Daily Mail", "John Doe of The Times").</summary>
    public IReadOnlyList<string> NameStopWords { get; init; } = [];

    /// <summary>Lower-case words a name may open with ("van Gogh", "de la Cruz", "al Amin"); any other lower-case word opening capitalised words is a phrase's.</summary>
    public IReadOnlyList<string> NameParticles { get; init; } = [];

    /// <summary>Labels that open a picture's credit ("Photograph by", "Foto:"): a line starting with one names a photographer, not the writer.</summary>
    public IReadOnlyList<string> PictureCreditLabels { get; init; } = [];

    /// <summary>Words that mark an organisation or a desk rather than a person (News, Redaktion, Staff).</summary>
    public IReadOnlyList<string> OrganisationMarkers { get; init; } = [];

    /// <summary>Endings of compound words that name an organisation ("Caritasverband", "Landesanstalt"): no personal name ends so.</summary>
    public IReadOnlyList<string> OrganisationWordEndings { get; init; } = [];

    /// <summary>Words a site's name adds to a brand without naming anyone (articles, "Online", "Nachrichten", "Blog" is not one: "Jane's Blog" is Jane's).</summary>
    public IReadOnlyList<string> SiteNameGenericWords { get; init; } = [];

    /// <summary>Account names that stand for nobody in particular (admin, webmaster).</summary>
    public IReadOnlyList<string> HandleMarkers { get; init; } = [];

    /// <summary>Parts of a one-word login that make it a site's administrative account ("wordpressadmin", "siteadmin1"), whatever else it is spelled with.</summary>
    public IReadOnlyList<string> AdministrativeAccountParts { get; init; } = [];

    /// <summary>Openings of a page's interface text near a byline: a call to action ("Watch live", "Follow", "Listen to this article") or a box label ("About the author"), never a name.</summary>
    public IReadOnlyList<string> InterfacePhraseOpenings { get; init; } = [];

    /// <summary>Class-name prefixes of ligature icon fonts ("material-icons"): such an element's text is an icon's name ("turned_in"), not words.</summary>
    public IReadOnlyList<string> IconFontClassPrefixes { get; init; } = [];

    /// <summary>Hosts of social networks: a link to one inside a byline shows the writer's handle there, not their name.</summary>
    public IReadOnlyList<string> SocialProfileHosts { get; init; } = [];

    /// <summary>Address fragments of links to an author's page (/author/jane-doe).</summary>
    public IReadOnlyList<string> AuthorLinkPatterns { get; init; } = [];

    /// <summary>Address fragments of a site's category pages ("/category/"): a link to one in a byline is the story's section, not a name.</summary>
    public IReadOnlyList<string> CategoryLinkPatterns { get; init; } = [];

    /// <summary>Class fragments of text written for screen readers only ("sr-only"): a reader never sees it beside a byline.</summary>
    public IReadOnlyList<string> ScreenReaderClassPatterns { get; init; } = [];

    /// <summary>Class fragments of parts of the main heading that are not the title (kicker, topline, screen-reader text).</summary>
    public IReadOnlyList<string> HeadingKickerPatterns { get; init; } = [];

    /// <summary>Class or id fragments of a heading that holds the site's name, not an article's (logo, site-title).</summary>
    public IReadOnlyList<string> MastheadPatterns { get; init; } = [];

    /// <summary>Lower-case link texts of a personal site's page about its owner ("über mich", "about me"): the site is one person's.</summary>
    public IReadOnlyList<string> PersonalSiteMarkers { get; init; } = [];

    /// <summary>Month names and abbreviations in many languages, by month number.</summary>
    public IReadOnlyList<MonthNameRule> MonthNames { get; init; } = [];

    /// <summary>The Solar Hijri (Jalali) months' names as Persian pages write them, by month number (1 = Farvardin).</summary>
    public IReadOnlyList<MonthNameRule> SolarHijriMonthNames { get; init; } = [];

    /// <summary>Lower-case phrases that introduce an update date in visible text ("Updated", "aktualisiert").</summary>
    public IReadOnlyList<string> UpdatedLabels { get; init; } = [];

    /// <summary>Lower-case phrases that introduce a publication date in visible text ("Published", "veröffentlicht").</summary>
    public IReadOnlyList<string> PublishedLabels { get; init; } = [];

    /// <summary>Lower-case phrases before a date that is not the article's: the clock of a forum page, a member's registration day ("Aktuelle Zeit", "Registriert").</summary>
    public IReadOnlyList<string> IgnoredDateLabels { get; init; } = [];

    /// <summary>Language tags (full or primary) whose pages write slashed dates month first (03/04/2020 is 4 March); pages in any other known language write them day first.</summary>
    public IReadOnlyList<string> MonthFirstLanguages { get; init; } = [];

    /// <summary>Country-code host endings (lower-case, "uk", "au") whose English pages, tagged "en" without a region or untagged, write slashed dates day first.</summary>
    public IReadOnlyList<string> DayFirstHosts { get; init; } = [];

    /// <summary>JSON keys whose string value in a page's scripts (app state, analytics) is the publication date: the last place to look when the markup shows none.</summary>
    public IReadOnlyList<string> ScriptDateKeys { get; init; } = [];

    /// <summary>The keys among <see cref="ScriptDateKeys"/> trusted with a bare Unix count (1426609660294): they name the publication, where "createdAt" also dates a user or a comment.</summary>
    public IReadOnlyList<string> ScriptTimestampDateKeys { get; init; } = [];

    /// <summary>Generic date meta names (lower-case, also listed in <see cref="PublishedMetaNames"/>) that CMSs often fill with a record's creation or edit day: a date shown by the heading outranks them.</summary>
    public IReadOnlyList<string> WeakPublishedMetaNames { get; init; } = [];

    /// <summary>Schema.org item types (the last path segment of an itemtype, "VideoObject") that are another work than the page's story: a dated element inside such an item dates that work.</summary>
    public IReadOnlyList<string> OtherWorkItemTypes { get; init; } = [];

    /// <summary>Language tag (full, like "en-US", or primary, like "de") to the IANA time zone its newsrooms usually write in: UTC timestamps are shown in that zone's day.</summary>
    public IReadOnlyDictionary<string, string> LanguageTimeZones { get; init; } = new Dictionary<string, string>();

    /// <summary>Time zone abbreviations written after a time ("10:30 AM EST") to a fixed offset ("-05:00") or, when the name covers summer and winter time ("ET"), the IANA zone whose rules give the offset on the day.</summary>
    public IReadOnlyDictionary<string, string> TimeZoneAbbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>Country-code top-level domain to the IANA zone of that country's newsrooms: names the zone when the language alone does not (French in Canada, an undeclared language in Italy). Generic-use codes (.co, .io, .tv) are left out.</summary>
    public IReadOnlyDictionary<string, string> HostTimeZones { get; init; } = new Dictionary<string, string>();

    /// <summary>Common words of each language (space-separated, lower case), by language tag: to name the language of a page that declares none.</summary>
    public IReadOnlyDictionary<string, string> LanguageWords { get; init; } = new Dictionary<string, string>();

    /// <summary>Class fragments (also in <see cref="ExcludedRegionPatterns"/>) of picture captions: such a region is excluded only when media stands beside it.</summary>
    public IReadOnlyList<string> CaptionClassPatterns { get; init; } = [];

    /// <summary>Class/id fragments of reader-comment regions: a labelled date inside one is a comment's, never the article's.</summary>
    public IReadOnlyList<string> CommentRegionPatterns { get; init; } = [];

    /// <summary>Primary languages written for readers in every zone (English): without a region in the tag they name no newsroom zone, whatever the host.</summary>
    public IReadOnlyList<string> GlobalLanguages { get; init; } = [];
}

/// <summary>One news agency and the ways pages write its name.</summary>
public sealed record AgencyRule(string Name, IReadOnlyList<string> Aliases);

/// <summary>The spellings of one month (1-12) across languages, lower-case.</summary>
public sealed record MonthNameRule(int Month, IReadOnlyList<string> Names);
