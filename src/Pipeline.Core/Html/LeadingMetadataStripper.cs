using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>Drops the headline, byline and date lines at the top of the body (they are metadata, not article text) and any heading equal to the title.</summary>
public sealed class LeadingMetadataStripper
{
    private const int LeadingBlocks = 4;

    /// <summary>Words in a line closed like a sentence from which on it is a sentence rather than a byline ("By Jane Doe and John Roe, CNN." has seven).</summary>
    private const int MinSentenceWords = 9;

    /// <summary>A kicker above the headline is a few words.</summary>
    private const int MaxKickerChars = 40;

    /// <summary>A title this long is a headline of its own words: a shorter one may close a sentence by chance.</summary>
    private const int MinKickedTitleChars = 20;

    /// <summary>A breadcrumb trail is one short line; its crumbs are joined by these.</summary>
    private const int MaxBreadcrumbChars = 200;

    private const int MinBreadcrumbSeparators = 2;

    /// <summary>How much longer than the title a heading may run when the title is its copy with a few words left out (five long words).</summary>
    private const int MaxWordsLeftOutChars = 60;

    private static readonly string[] BreadcrumbSeparators = [" > ", " » ", " › "];
    private readonly Regex? _byline;
    private readonly int _maxBylineChars;
    private readonly AgencyCatalog? _agencies;

    /// <param name="rules">The HTML rules: byline line patterns and their length cap.</param>
    /// <param name="agencies">The news agencies, to tell a line of an agency and its place ("AFP, MANILA"); null reads none.</param>
    public LeadingMetadataStripper(HtmlRules rules, AgencyCatalog? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _maxBylineChars = rules.MaxBylineLineChars;
        _byline = RuleAlternation.Compile(rules.BylineLinePatterns);
        _agencies = agencies;
    }

    /// <param name="blocks">The rendered blocks in order.</param>
    /// <param name="title">The page's title as metadata found it, if any.</param>
    /// <param name="authors">Author names metadata found; a short leading line naming one is a byline.</param>
    /// <param name="removed">Receives the dropped lines.</param>
    public IReadOnlyList<TextBlock> Strip(IReadOnlyList<TextBlock> blocks, string? title, IReadOnlyList<string> authors, PruneMap removed)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(removed);
        var kept = new List<TextBlock>(blocks.Count);
        var leading = true;
        // The standfirst: one paragraph-length block the header may hold before its byline and date lines (kicker, headline, standfirst, byline, date).
        var standfirstSeen = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == TextBlockKind.Title || IsTitle(block.Text, title) || (block.Kind == TextBlockKind.Heading && ShowsFiledTitle(block.Text, title))
                || (leading && !standfirstSeen && kept.Count < LeadingBlocks && IsKickedTitle(block.Text, title)))
            {
                // Short labels printed above the headline (a kicker, a section name, "Breaking news") head the page, not the text.
                if (leading && kept.Count > 0 && kept.Count < LeadingBlocks && kept.All(IsKicker))
                {
                    foreach (var kicker in kept)
                    {
                        removed.Record(RemovalReasons.Navigation, kicker.Text);
                    }

                    kept.Clear();
                }

                removed.Record(RemovalReasons.Title, block.Text);
                continue;
            }

            if (leading && kept.Count < LeadingBlocks && block.Text.Length <= _maxBylineChars && block.Kind != TextBlockKind.Heading
                && !(standfirstSeen && ClosesLikeSentence(block.Text)) && IsBylineOrDate(block.Text, authors))
            {
                removed.Record(RemovalReasons.Byline, block.Text);
                continue;
            }

            if (leading && kept.Count < LeadingBlocks && IsBreadcrumbTrail(block))
            {
                removed.Record(RemovalReasons.Navigation, block.Text);
                continue;
            }

            // Once a real paragraph has been seen, later short lines are body text; the first long block may be the standfirst, with the byline
            // and date under it, so past it only a line not closed like a sentence is still a byline.
            if (block.Text.Length > _maxBylineChars)
            {
                leading = !standfirstSeen;
                standfirstSeen = true;
            }

            kept.Add(block);
        }

        return kept;
    }

    /// <summary>Whether the line ends with a full stop, a question or an exclamation; a last word holding a dot of its own ("4:30 p.m.", "Jan.") is an abbreviation closing a date line, not a full stop.</summary>
    private static bool ClosesLikeSentence(string text) =>
        text[^1] is '.' or '?' or '!' or '。' or '？' or '！' && !text.AsSpan(text.LastIndexOf(' ') + 1)[..^1].Contains('.');

    private static bool IsKicker(TextBlock block) =>
        block.Text.Length <= MaxKickerChars && block.Kind is TextBlockKind.Paragraph or TextBlockKind.Heading && block.Text[^1] is not ('.' or '!' or '?' or ':');

    /// <summary>A linked line of crumbs ("&gt; Blog &gt; Section &gt; Headline") printed as text above the article: navigation, not a paragraph.</summary>
    private static bool IsBreadcrumbTrail(TextBlock block)
    {
        if (!block.HasLink || block.Text.Length > MaxBreadcrumbChars)
        {
            return false;
        }

        var separators = 0;
        foreach (var separator in BreadcrumbSeparators)
        {
            for (var at = block.Text.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = block.Text.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
            {
                separators++;
            }
        }

        return separators >= MinBreadcrumbSeparators || (separators > 0 && block.Text[0] is '>' or '»' or '›');
    }

    /// <summary>
    /// A line of many words closed by a full stop, a question or an exclamation is a sentence of the story that happens to name a date or a
    /// person ("Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr … statt.", an interview's first question): bylines and date lines
    /// are a few names and numbers, not closed like sentences.
    /// </summary>
    private static bool IsSentence(string text) => text.AsSpan().Count(' ') + 1 >= MinSentenceWords && ClosesLikeSentence(text);

    /// <summary>
    /// True when a line at the top is the headline run together with its kicker ("„Es wird bald beginnen“Trump spricht …", "Premiere in
    /// Eisenhüttenstadt - DDR-Hotel Lunik öffnet …"): the title closes it and a few words at most stand before it.
    /// </summary>
    private static bool IsKickedTitle(string text, string? title) =>
        title is { Length: >= MinKickedTitleChars } && text.Length > title.Length && text.Length <= title.Length + MaxKickerChars
        && text.EndsWith(title, StringComparison.OrdinalIgnoreCase) && text.AsSpan(0, text.Length - title.Length).Trim().Length > 0;

    private static bool IsTitle(string text, string? title)
    {
        if (string.IsNullOrEmpty(title) || text.Length > title.Length + 5 || text.Length < 10)
        {
            return false;
        }

        // Page titles often carry the site name ("Headline | Site"), so a block that starts the title counts too.
        return title.StartsWith(text, StringComparison.OrdinalIgnoreCase) || string.Equals(text, title, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when a heading shows the title with a few more words in it ("an intense sprint" shown, "a sprint" filed as the title): the headline
    /// as the page shows it. Only a heading: a paragraph that opens like the title is the story's first sentence.
    /// </summary>
    private static bool ShowsFiledTitle(string text, string? title) =>
        !string.IsNullOrEmpty(title) && text.Length > title.Length && text.Length <= title.Length + MaxWordsLeftOutChars
        && char.ToLowerInvariant(text[0]) == char.ToLowerInvariant(title[0]) && HeadlineContraction.Find(text, [title]) is not null;

    private bool IsBylineOrDate(string text, IReadOnlyList<string> authors)
    {
        if (IsSentence(text))
        {
            return false;
        }

        if (_byline?.IsMatch(text) == true || (_agencies is not null && AgencyPlaceLine.Agency(text, _agencies) is not null))
        {
            return true;
        }

        return text.Length < 80 && authors.Any(a => a.Length > 3 && text.Contains(a, StringComparison.OrdinalIgnoreCase));
    }
}
