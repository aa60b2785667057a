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

    private readonly CleanerOptions _options;
    private readonly HtmlMetadataExtractor _metadata;
    private readonly BoilerplatePruner _pruner;
    private readonly CommentExtractor _comments;
    private readonly FigureExtractor _figures;
    private readonly MainContentSelector _selector;
    private readonly LeadFinder _leads;
    private readonly BlockRenderer _renderer = new();
    private readonly LeadingMetadataStripper _stripper;

    public HtmlArticleExtractor(RuleSet rules, CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var patterns = new HtmlPatterns(rules.Html);
        _metadata = new HtmlMetadataExtractor(rules);
        _pruner = new BoilerplatePruner(patterns);
        _comments = new CommentExtractor(patterns);
        _figures = new FigureExtractor(patterns);
        _selector = new MainContentSelector(patterns);
        _leads = new LeadFinder(patterns);
        _stripper = new LeadingMetadataStripper(rules.Html);
    }

    public Extraction Extract(DecodedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var document = HtmlDocumentParser.Parse(input.Text);
        cancellationToken.ThrowIfCancellationRequested();
        TreeGuard.Check(document, _options.MaxElements, _options.MaxDepth, cancellationToken);
        var body = document.Body ?? document.DocumentElement;

        var pruned = new PruneMap();
        var raw = TextStatistics.Compute(body, null);
        var comments = _comments.Extract(body, raw, pruned);
        _pruner.Prune(body, raw, pruned, cancellationToken);
        var images = _figures.Extract(body, pruned);
        cancellationToken.ThrowIfCancellationRequested();

        var stats = TextStatistics.Compute(body, pruned);
        var content = _selector.Select(body, stats, pruned);
        var parts = content.Parts;
        var chosenChars = parts.Sum(p => stats[p].ParagraphChars);
        if (chosenChars < MinShareOfPageParagraphs * stats[body].ParagraphChars)
        {
            parts = [body];
        }
        else if (_leads.Find(parts[0], body, stats, pruned) is { } lead)
        {
            parts = [lead, .. parts];
        }

        var metadata = _metadata.Extract(document, input, content.Root);
        var pageKind = PageKindClassifier.Classify(body, content, stats, pruned);
        var blocks = _renderer.Render(parts, stats, pruned, cancellationToken);
        blocks = _stripper.Strip(blocks, metadata.Title, metadata.Authors, pruned);
        blocks = TrailingBoilerplateTrimmer.Trim(blocks, pruned);
        if (blocks.Count == 0)
        {
            return new Extraction(pageKind, [], pruned.Audit, metadata);
        }

        var text = string.Join("\n\n", blocks.Select(b => b.Text));
        var article = new Article
        {
            Title = metadata.Title,
            Authors = metadata.Authors,
            Agencies = metadata.Agencies,
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
            Comments = comments,
            Images = images,
        };
        return new Extraction(pageKind, [article], []);
    }
}
