using Pipeline.Core.Cleaning;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Text.Stages;

namespace Pipeline.Core.Text;

/// <summary>Cleans plain-text dumps of news pages: line classifiers remove ads, syndication traces, captions, chrome, appeals, footers, comment threads and duplicates; the page is then cut into posts and each post's body found by line density.</summary>
public sealed class PlainTextArticleExtractor : IArticleExtractor
{
    private readonly ITextStage[] _lineStages;
    private readonly CommentThreadDetector _comments;
    private readonly DuplicateParagraphRemover _duplicates = new();
    private readonly PostBuilder _posts;
    private readonly PostDateReader _dates;

    public PlainTextArticleExtractor(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var patterns = new TextPatterns(rules.Text);
        var parser = new BylineParser(rules.Metadata);
        _dates = PostDateReader.For(rules.Metadata);
        var stamps = new StampLineDetector(rules.Text, rules.Metadata);
        _lineStages =
        [
            new AdSlotClassifier(patterns),
            new SyndicationLineDetector(patterns),
            new BylineDetector(patterns),
            stamps,
            new RepeatedLineDetector(),
            new CaptionDetector(patterns),
            new NavigationDetector(patterns),
            new NewsletterDetector(patterns),
            new FooterDetector(patterns),
            new ConsentBannerDetector(patterns),
        ];
        _comments = new CommentThreadDetector(patterns);
        _posts = new PostBuilder(patterns, new MainTextSelector(patterns), new BylineReader(patterns, parser), new AgencyCreditFinder(patterns, parser.Agencies), new HeadMetadataLine(patterns, stamps, parser.Agencies), new HeadlineEcho(rules.Metadata, rules.Text));
    }

    public Extraction Extract(Input.DecodedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var blocks = TextBlockReader.Read(input.Text);
        foreach (var stage in _lineStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            blocks = stage.Apply(blocks);
        }

        var thread = _comments.Detect(blocks);
        blocks = _duplicates.Apply(thread.Blocks);
        cancellationToken.ThrowIfCancellationRequested();

        var segments = ArticleSplitter.Split(blocks);
        var drafts = segments.Select(s => _posts.Build(blocks, s, segments.Count > 1, thread.Comments)).ToList();
        var posts = drafts.Where(d => d.IsArticle).ToList();
        if (posts.Count == 0 && drafts.Where(d => d.Article.WordCount > 0).MaxBy(d => d.Article.WordCount) is { } fallback)
        {
            posts.Add(fallback);
        }

        var pageRemoved = new List<RemovedBlock>();
        foreach (var draft in drafts)
        {
            var kept = posts.Contains(draft);
            for (var i = draft.Segment.Start; i < draft.Segment.End; i++)
            {
                var block = draft.Blocks[i];
                if (!kept || i < draft.HeadIndex)
                {
                    pageRemoved.Add(new RemovedBlock(block.Removal ?? RemovalReasons.Boilerplate, block.Text));
                }
            }
        }

        var bounds = DateBounds.For(input.StoredAt);
        var articles = posts.Select(p => _dates.WithDates(p, bounds)).ToArray();
        if (articles.Length == 1 && (input.Subject is not null || input.SentAt is not null))
        {
            // A text e-mail rarely titles or dates its body: its subject and sending time do.
            var article = articles[0];
            articles[0] = article with
            {
                Title = article.Title ?? input.Subject,
                PublishedAt = article.PublishedAt ?? (input.SentAt is { } sent ? DateNormalizer.FormatInstant(sent) : null),
                PublishedAtRaw = article.PublishedAt is null ? input.SentAtRaw : article.PublishedAtRaw,
            };
        }

        return new Extraction(articles.Length > 1 ? PageKind.Listing : PageKind.Article, articles, pageRemoved);
    }
}
