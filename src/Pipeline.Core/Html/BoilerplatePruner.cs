using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Marks navigation, ads, share bars, related lists, newsletter and consent boxes, hidden and non-text elements as removed, by tag and class/id rules.</summary>
public sealed class BoilerplatePruner(HtmlPatterns patterns)
{
    /// <summary>A rule never removes a block holding more than this share of the page's body paragraphs: a broad class match on a wrapper must not take the article with it.</summary>
    private const double MaxShareOfBody = 0.5;

    /// <summary>A class/id rule never removes a block holding at least this many characters of prose paragraphs: boilerplate is short or link-heavy, while CMS class lists (e.g. "tag-news", "ad-free") often sit on the article wrapper itself.</summary>
    internal const int MinProtectedProseChars = 1500;

    /// <summary>
    /// In the recall pass, which runs when the first left no prose at all, a class/id rule spares a block holding this much low-link paragraph
    /// text: a short article inside a wrapper that a paywall or subscription class names ("subscription-replace-entire-article").
    /// </summary>
    private const int RecallProtectedProseChars = 200;

    /// <summary>A dateline opens a sentence: the paragraph goes on for at least this many characters after it.</summary>
    private const int MinDatelineSentenceChars = 40;

    // HTML separates class names by ASCII whitespace, not only spaces.
    private static readonly char[] ClassSeparators = [' ', '\t', '\n', '\r', '\f'];

    /// <summary>Above this link density a block is not protected as prose.</summary>
    internal const double MaxProtectedLinkDensity = 0.2;

    /// <summary>The first pass: class/id rules spare only blocks of long prose.</summary>
    public void Prune(IElement body, TextStatistics raw, PruneMap pruned, CancellationToken cancellationToken) => Prune(body, raw, pruned, recall: false, cancellationToken);

    /// <param name="body">The page's body.</param>
    /// <param name="raw">Text statistics of the unpruned page.</param>
    /// <param name="pruned">Where removals are recorded.</param>
    /// <param name="recall">True for the recall pass: blocks a class/id rule names are kept when they hold a paragraph's worth of prose.</param>
    /// <param name="cancellationToken">Cancels a walk over a huge page.</param>
    /// <returns>How many blocks only the recall pass's lower bar kept (0 in the first pass).</returns>
    public int Prune(IElement body, TextStatistics raw, PruneMap pruned, bool recall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pruned);
        var bodyParagraphs = Math.Max(1, raw[body].ParagraphChars);
        var visited = 0;
        var spared = 0;
        // The box an appeal heading led, removed while its children were being walked: the walk leaves it at once.
        IElement? appealBox = null;
        Visit(body, insideSpared: false);
        return spared;

        void Visit(IElement element, bool insideSpared)
        {
            foreach (var child in element.ElementChildren())
            {
                if ((++visited & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (pruned.IsRemoved(child))
                {
                    continue;
                }

                var spares = false;
                if (ReasonToRemove(child) is { } reason)
                {
                    var forced = HtmlTags.Invisible.Contains(child.TagName) || IsList(child) || IsClosedDialog(child);
                    var guarded = raw[child].ParagraphChars > MaxShareOfBody * bodyParagraphs || IsProtectedProse(child, raw, MinProtectedProseChars)
                        || HoldsProseArticle(child, raw);
                    spares = recall && !forced && !guarded && IsProtectedProse(child, raw, RecallProtectedProseChars);
                    if (forced || (!guarded && !spares))
                    {
                        pruned.Remove(child, reason, audit: !HtmlTags.Invisible.Contains(child.TagName) && child.TagName != "NOSCRIPT");
                        continue;
                    }
                }

                if (child.TagName is "H2" or "H3" or "H4" or "H5" or "H6" && patterns.AppealBox.Led(child, raw, body) is { } box && !pruned.IsInsideRemoved(box))
                {
                    pruned.Remove(box, RemovalReasons.Newsletter);
                    appealBox = box;
                    return;
                }

                // Blocks spared inside a spared block are parts of it.
                if (spares && !insideSpared)
                {
                    spared++;
                }

                Visit(child, insideSpared || spares);
                if (appealBox is not null)
                {
                    if (appealBox != child)
                    {
                        return;
                    }

                    appealBox = null;
                }
            }
        }
    }

    /// <summary>The removal reason for one element on its own (its ancestors are not considered), or null to keep it.</summary>
    public string? ReasonToRemove(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var tag = element.TagName;
        if (HtmlTags.Invisible.Contains(tag))
        {
            return RemovalReasons.Boilerplate;
        }

        if (patterns.RemovedTags.Contains(tag))
        {
            return tag switch
            {
                "NAV" or "MENU" => RemovalReasons.Navigation,
                "FOOTER" => RemovalReasons.Footer,
                "FORM" or "INPUT" or "BUTTON" or "SELECT" or "TEXTAREA" => RemovalReasons.Boilerplate,
                "ASIDE" => RemovalReasons.Related,
                _ => RemovalReasons.Boilerplate,
            };
        }

        var role = element.GetAttribute("role");
        if (IsDialog(element, role))
        {
            return RemovalReasons.Consent;
        }

        if (IsHidden(element))
        {
            return RemovalReasons.Boilerplate;
        }

        if (role is not null && ReasonForRole(role, tag) is { } byRole)
        {
            return byRole;
        }

        // An <article> set as a modal box ("password-modal dark-modal") is a log-in or message panel over the page, not a story.
        if (tag is "ARTICLE" && element.ClassName is { } articleClass && patterns.DialogClass.IsMatch(articleClass))
        {
            return RemovalReasons.Consent;
        }

        // Class rules judge containers; a paragraph's own class (e.g. "paywall", "dropcap") says nothing about whether it is body text.
        if (tag is "BODY" or "MAIN" or "ARTICLE" or "P" || HtmlTags.DeclaresArticleBody(element))
        {
            return null;
        }

        // A schema.org Person item with a portrait is a profile box (the author's or an interviewee's bio), whatever its class says.
        if (IsPortraitedPerson(element))
        {
            return RemovalReasons.Byline;
        }

        // A heading's id is most often the anchor a table of contents links to, a slug of the heading's own words ("nav_nur_die_folie",
        // "social-media-strategy"): it says nothing about what the heading is, so only its class is judged.
        var classAndId = HtmlTags.IsHeading(tag) ? element.ClassName ?? "" : ClassIdPattern.ClassAndId(element);
        var reason = patterns.Boilerplate.Match(classAndId);
        return reason == RemovalReasons.Byline && OpensParagraphAsDateline(element) ? null : reason;
    }

    /// <summary>
    /// An inline element that opens a paragraph and ends in a dash ("&lt;p&gt;&lt;span class="dateline"&gt;KOBE – &lt;/span&gt;A total of…"):
    /// the story's dateline, the first words of its first sentence, whatever byline-like class it wears. One standing apart before the
    /// paragraph stays metadata.
    /// </summary>
    private static bool OpensParagraphAsDateline(IElement element)
    {
        if (element.TagName is not ("SPAN" or "STRONG" or "B" or "EM" or "I") || element.ParentElement is not { TagName: "P" } paragraph)
        {
            return false;
        }

        var own = element.TextContent.AsSpan().Trim();
        var whole = paragraph.TextContent.AsSpan().Trim();
        return own.Length > 1 && own[^1] is '–' or '—' or '-' && whole.StartsWith(own, StringComparison.Ordinal) && whole.Length - own.Length >= MinDatelineSentenceChars;
    }

    private static bool IsPortraitedPerson(IElement element) =>
        element.GetAttribute("itemtype") is { } itemType
        && itemType.AsSpan().Trim().EndsWith("/Person", StringComparison.OrdinalIgnoreCase)
        && element.QuerySelector("img") is not null;

    /// <summary>Whether a block matched only by its class/id holds so much low-link prose that it is article text, not boilerplate.</summary>
    private bool IsProtectedProse(IElement element, TextStatistics raw, int minProseChars)
    {
        var stats = raw[element];
        return stats.ParagraphChars >= minProseChars
            && stats.LinkDensity <= MaxProtectedLinkDensity
            && !patterns.RemovedTags.Contains(element.TagName)
            && !IsHidden(element);
    }

    /// <summary>
    /// True when a block a class/id rule names holds an &lt;article&gt; of long low-link prose: a story opened in an overlay over the front
    /// page ("render-target-modal") or a viewer, whose own links (the overlay's menu, its teasers) raise the block's link density but not
    /// the article's. Only a block holding that much prose at all is searched, so the walk is rare.
    /// </summary>
    private bool HoldsProseArticle(IElement element, TextStatistics raw)
    {
        if (raw[element].ParagraphChars < MinProtectedProseChars)
        {
            return false;
        }

        foreach (var child in element.ElementChildren())
        {
            if (child.TagName is "ARTICLE" ? IsProtectedProse(child, raw, MinProtectedProseChars) : HoldsProseArticle(child, raw))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list named as boilerplate (related posts with their excerpts, a menu) is a list of other pages however much prose it quotes:
    /// articles are not set as lists, so the guards that keep a wrapper holding the article do not apply.
    /// </summary>
    private static bool IsList(IElement element) => element.TagName is "UL" or "OL";

    /// <summary>A dialog (ARIA role dialog or alertdialog, or aria-modal) is a box shown over the page: a popup, a log-in or consent panel, a lightbox.</summary>
    private static bool IsDialog(IElement element, string? role) =>
        role is "dialog" or "alertdialog" || element.GetAttribute("aria-modal") is "true";

    /// <summary>
    /// A dialog that is also hidden waits for a click to open (a popup holding a whole brochure): whatever it quotes, however long, it is not the
    /// page's article, so the guards that keep a wrapper holding the article do not apply. An open dialog may be a viewer showing the article.
    /// </summary>
    private bool IsClosedDialog(IElement element) => IsDialog(element, element.GetAttribute("role")) && IsHidden(element);

    /// <summary>Story text hidden only from assistive technology until a subscriber reads it: its class is one the rules name as paywalled text.</summary>
    private bool IsPaywalledText(IElement element)
    {
        if (patterns.PaywalledTextClasses.Count == 0 || element.ClassName is not { } className)
        {
            return false;
        }

        foreach (var token in className.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (patterns.PaywalledTextClasses.Contains(token, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>ARIA roles that name a block as the page's furniture: the same blocks the tag names say, written as roles on divs.</summary>
    /// <remarks>A link that acts as a button still leads somewhere ("Next", a tab): only other elements given that role are bare controls.</remarks>
    private static string? ReasonForRole(string role, string tag) => role switch
    {
        "navigation" or "menu" or "menubar" => RemovalReasons.Navigation,
        "contentinfo" => RemovalReasons.Footer,
        "complementary" => RemovalReasons.Related,
        "search" or "toolbar" => RemovalReasons.Boilerplate,
        // Live regions announce the interface's state to the reader ("Saved!", "Loading…", a form's error, an ad-blocker notice).
        "status" or "alert" => RemovalReasons.Boilerplate,
        // Form controls: a switch's "Toggle", a progress bar's "Loaded: 0%". Not tabs, sliders or list boxes: pages set whole panels of text
        // inside elements they call tabs, and a picture carousel is as often a slider or a list box of options.
        "checkbox" or "switch" or "radio" or "radiogroup" or "spinbutton" or "progressbar" or "scrollbar" or "combobox" or "searchbox" or "textbox"
            => RemovalReasons.Boilerplate,
        "button" when tag != "A" => RemovalReasons.Boilerplate,
        _ => null,
    };

    private bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || (element.GetAttribute("aria-hidden") is "true" && !IsPaywalledText(element)))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }
}
