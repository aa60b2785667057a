using AngleSharp.Dom;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>Extracts the article from an HTML page: parse, guard, read metadata, take out comments and figures, prune boilerplate, choose the main content, render and strip leading metadata lines.</summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    /// <summary>Below this share of the page's body-paragraph text, the chosen block is suspect and the whole body is rendered instead.</summary>
    private const double MinShareOfPageParagraphs = 0.3;

    /// <summary>A rendered article shorter than this is suspect when the page removed a large discussion.</summary>
    private const int MinArticleChars = 500;

    /// <summary>A removed discussion holding at least this much text, and this many times the article's, is the page's content.</summary>
    private const int MinDiscussionChars = 2000;

    private const int DiscussionToTextRatio = 5;

    /// <summary>A paragraph of at least this length is prose: the page has an article of its own.</summary>
    private const int MinProseBlockChars = 200;

    private readonly CleanerOptions _options;
    private readonly HtmlMetadataExtractor _metadata;
    private readonly BoilerplatePruner _pruner;
    private readonly CommentExtractor _comments;
    private readonly InterstitialPage _interstitials;
    private readonly CommentByline _commentBylines;
    private readonly OpeningDatelineCredit _datelines;
    private readonly FigureExtractor _figures;
    private readonly MainContentSelector _selector;
    private readonly LeadFinder _leads;
    private readonly StandfirstFinder _standfirsts;
    private readonly TeaserLabelPhrases _teaserLabels;
    private readonly BlockRenderer _renderer;
    private readonly TextBlockStages _blockStages;

    public HtmlArticleExtractor(RuleSet rules, CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var patterns = new HtmlPatterns(rules.Html);
        _metadata = new HtmlMetadataExtractor(rules);
        _pruner = new BoilerplatePruner(patterns);
        _commentBylines = new CommentByline(rules.Metadata);
        _comments = new CommentExtractor(patterns, _commentBylines);
        _interstitials = new InterstitialPage(rules.Html);
        var agencies = new AgencyCatalog(rules.Metadata);
        _datelines = new OpeningDatelineCredit(rules.Text.DatelineAgencyPattern, agencies);
        _figures = new FigureExtractor(patterns);
        _selector = new MainContentSelector(patterns);
        _leads = new LeadFinder(patterns);
        _standfirsts = new StandfirstFinder(patterns);
        _teaserLabels = new TeaserLabelPhrases(rules);
        _renderer = new BlockRenderer(_teaserLabels);
        _blockStages = new TextBlockStages(rules, agencies);
    }

    public Extraction Extract(DecodedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = HtmlDocumentParser.Parse(input.Characters, _options.MaxElements, _options.MaxDepth, cancellationToken);
        try
        {
            return Extract(document, input, cancellationToken);
        }
        finally
        {
            // Not Dispose: it walks the whole tree once more (see Release).
            HtmlDocumentParser.Release(document);
        }
    }

    private Extraction Extract(IDocument document, DecodedInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The guard's walk also collects the meta tags, scripts and h1 headings the metadata stage reads: the page needs no second full walk.
        var pageWide = PageWideElements.Collecting();
        var elements = TreeGuard.Check(document, _options.MaxElements, _options.MaxDepth, cancellationToken, pageWide);
        var body = document.Body ?? document.DocumentElement;

        using var raw = TextStatistics.Compute(body, null, elements);
        var pass = Run(document, input, body, raw, pageWide, separateComments: true, recall: false, cancellationToken);
        if (pass.TextChars < MinArticleChars && pass.LongestBlockChars < MinProseBlockChars)
        {
            // What is left holds no paragraph of prose (crumbs, a date line, a log-in prompt). A class/id rule may have taken a short article
            // with the wrapper a paywall or subscription class names: the recall pass spares prose from those rules, and stands if it finds some
            // in the one block it spared (sparing several, it has brought back a listing's cards, not an article).
            // Otherwise a removed discussion much larger than what is left is the page's content (a forum thread, a live ticker), not reader
            // comments. A short post above a long comment thread keeps its comments apart.
            if (Run(document, input, body, raw, pageWide, separateComments: true, recall: true, cancellationToken) is { LongestBlockChars: >= MinProseBlockChars, Spared: 1 } recalled)
            {
                pass = recalled;
            }
            else if (pass.CommentSectionChars >= MinDiscussionChars && pass.CommentSectionChars >= DiscussionToTextRatio * pass.TextChars)
            {
                pass = Run(document, input, body, raw, pageWide, separateComments: false, recall: false, cancellationToken);
            }
            else if ((ScriptStateBody.Find(pageWide.Scripts, pass.Metadata.Title) ?? ScriptNodeTreeBody.Find(pageWide.Scripts, pass.Metadata.Title)) is { } scripted
                && RunOnScriptedBody(scripted, pass, cancellationToken) is { } fromScript)
            {
                // A page its scripts render: the markup holds no article, the state an inline script hands the client holds its HTML (or its
                // element tree, rendered back to HTML).
                pass = fromScript;
            }
            else if (MediaDescriptionBody.Find(pass.Metadata.Description, pass.Pruned.Audit) is { } described && described.Text.Length > pass.TextChars)
            {
                // A video's page: what it says is the description under the player, which says more than the crumbs left around it.
                pass = pass with { Blocks = [described], Standfirst = null };
            }
        }

        var (blocks, pruned, comments, images, metadata, pageKind) = (pass.Blocks, pass.Pruned, pass.Comments, pass.Images, pass.Metadata, pass.PageKind);
        if (blocks.Count == 0)
        {
            return new Extraction(pageKind, [], pruned.Audit, metadata);
        }

        if (_interstitials.Notice(blocks) is { } notice)
        {
            return new Extraction(pageKind, [], pruned.Audit, metadata, $"The page is a bot check or an interstitial, not the article: \"{notice}\".");
        }

        var text = string.Join("\n\n", blocks.Select(b => b.Text));
        var article = new Article
        {
            Title = metadata.Title,
            Standfirst = pass.Standfirst,
            Authors = metadata.Authors,
            Agencies = _datelines.AddTo(metadata.Agencies, blocks, pruned.Audit),
            Byline = metadata.Byline,
            PublishedAt = metadata.PublishedAt,
            PublishedAtRaw = metadata.PublishedAtRaw,
            UpdatedAt = metadata.UpdatedAt,
            SiteName = metadata.SiteName,
            Url = metadata.Url,
            Language = metadata.Language,
            Text = text,
            WordCount = WordCounter.Count(text),
            Removed = pruned.Audit,
            Comments = _commentBylines.Read(comments, metadata.Language, metadata.Url, input.StoredAt),
            Images = [.. images.Select(i => i with { Src = ImageSource.Resolve(i.Src, metadata.Url) })],
        };
        return new Extraction(pageKind, [article], []);
    }

    /// <summary>One pass over the parsed page: comments (unless the discussion is the content), pruning (sparing prose from class/id rules in the recall pass), figures, main content, leads, metadata, rendering and the block stages.</summary>
    private Pass Run(IDocument document, DecodedInput input, IElement body, TextStatistics raw, PageWideElements pageWide, bool separateComments, bool recall, CancellationToken cancellationToken)
    {
        // Pages remove blocks by the dozen to the hundred; a tenth of the measured elements sizes the map once for most.
        var pruned = new PruneMap(raw.Measured / 10);
        var commentSectionChars = 0;
        var comments = separateComments ? _comments.Extract(body, raw, pruned, out commentSectionChars) : [];
        var spared = _pruner.Prune(body, raw, pruned, recall, cancellationToken);
        TeaserCardPruner.Prune(body, raw, pruned, _teaserLabels);
        TagListPruner.Prune(body, raw, pruned);
        var figures = _figures.Find(body, pruned);
        cancellationToken.ThrowIfCancellationRequested();

        using var stats = TextStatistics.Compute(body, pruned, raw.Measured);
        var content = _selector.Select(body, stats, pruned);
        var parts = content.Parts;
        var chosenChars = parts.Sum(p => stats[p].ParagraphChars);
        var leadCount = 0;
        if (chosenChars < MinShareOfPageParagraphs * stats[body].ParagraphChars)
        {
            parts = [EnclosingProseArticle(content.Root, body, stats) ?? body];
        }
        else if (_leads.Find(parts[0], body, stats, pruned) is { Count: > 0 } leads)
        {
            parts = [.. leads, .. parts];
            leadCount = leads.Count;
        }

        var metadata = _metadata.Extract(document, input, content.Root, pageWide);
        var pageKind = PageKindClassifier.Classify(body, content, stats, pruned);
        var blocks = _blockStages.Apply(_renderer.Render(parts, stats, pruned, cancellationToken), metadata, pruned);
        var standfirst = _standfirsts.Find(parts, leadCount, blocks, stats, pruned);

        // Read as the standfirst first: a dek the story repeats is still the page's dek, while the text tells its words once.
        blocks = RepeatedLeadRemover.Remove(blocks, pruned);
        var images = ContentImages.Of(figures, content, parts);
        return new Pass(blocks, pruned, comments, images, metadata, pageKind, commentSectionChars, spared)
        {
            Standfirst = standfirst,
        };
    }

    /// <summary>
    /// The &lt;article&gt; element around the chosen block when it holds long low-link prose and no other does: the page marks it as its story,
    /// so a chosen block too small against the page's text (a front page's stream of teasers under a story opened over it) widens to that story,
    /// not to the whole page. A page of several such stories (an endless scroll of whole articles) gives no sign of which is the one.
    /// </summary>
    private static IElement? EnclosingProseArticle(IElement root, IElement body, TextStatistics stats)
    {
        for (var element = root; element is not null && element != body; element = element.ParentElement)
        {
            if (element.TagName is "ARTICLE")
            {
                return IsStory(element, stats) && !body.ElementsNamed("article").Any(other => IsStory(other, stats) && !other.Contains(element) && !element.Contains(other)) ? element : null;
            }
        }

        return null;
    }

    /// <summary>An &lt;article&gt; holding as much low-link prose as the pruner protects from class rules is a story of its own.</summary>
    private static bool IsStory(IElement element, TextStatistics stats) =>
        stats[element] is { ParagraphChars: >= BoilerplatePruner.MinProtectedProseChars, LinkDensity: <= BoilerplatePruner.MaxProtectedLinkDensity };

    /// <summary>
    /// The article HTML a script's state holds, cleaned as a page of its own (pruning, figures, rendering, the block stages) under the page's
    /// metadata; its removals join the page's audit. Null when it renders no paragraph of prose.
    /// </summary>
    private Pass? RunOnScriptedBody(string html, Pass page, CancellationToken cancellationToken)
    {
        var fragment = HtmlDocumentParser.Parse(
            string.Concat("<!doctype html><html><head></head><body><article>", html, "</article></body></html>").AsMemory(), _options.MaxElements, _options.MaxDepth, cancellationToken);
        try
        {
            var elements = TreeGuard.Check(fragment, _options.MaxElements, _options.MaxDepth, cancellationToken);
            var body = fragment.Body!;
            using var raw = TextStatistics.Compute(body, null, elements);
            var pruned = new PruneMap();
            _pruner.Prune(body, raw, pruned, cancellationToken);
            var images = _figures.Extract(body, pruned);
            using var stats = TextStatistics.Compute(body, pruned, raw.Measured);
            var blocks = RepeatedLeadRemover.Remove(_blockStages.Apply(_renderer.Render([body], stats, pruned, cancellationToken), page.Metadata, pruned), pruned);
            if (blocks.Count == 0 || blocks.Max(b => b.Text.Length) < MinProseBlockChars)
            {
                return null;
            }

            foreach (var removed in pruned.Audit)
            {
                page.Pruned.Record(removed.Reason, removed.Text);
            }

            return page with
            {
                Blocks = blocks,
                Images = [.. page.Images, .. images],
                PageKind = PageKind.Article,
                Standfirst = null,
            };
        }
        finally
        {
            HtmlDocumentParser.Release(fragment);
        }
    }

    private sealed record Pass(
        IReadOnlyList<TextBlock> Blocks,
        PruneMap Pruned,
        IReadOnlyList<Comment> Comments,
        IReadOnlyList<ArticleImage> Images,
        PageMetadata Metadata,
        PageKind PageKind,
        int CommentSectionChars,
        int Spared)
    {
        /// <summary>The opening block when the page marks it as the dek; null on a page rendered from its scripts' state.</summary>
        public string? Standfirst { get; init; }

        /// <summary>Characters of text the pass kept.</summary>
        public int TextChars => Blocks.Sum(b => b.Text.Length);

        /// <summary>Characters of the pass's longest block: whether it holds a paragraph of prose at all.</summary>
        public int LongestBlockChars => Blocks.Count == 0 ? 0 : Blocks.Max(b => b.Text.Length);
    }
}
