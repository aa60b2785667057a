using System.Diagnostics;
using AngleSharp.Dom;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Running;

namespace Pipeline.Benchmarks;

/// <summary>
/// The HTML path's stages called one after another as the extractor calls them (first pass only), each timed by the thread's CPU time
/// and a stopwatch and its allocation counted, summed over a dataset: where the engine's time beyond the parse goes.
/// </summary>
/// <remarks>The stage calls mirror <c>HtmlArticleExtractor.Run</c> (a stopwatch between each needs them spelled out): follow it when it changes. The block stages are the extractor's own <see cref="TextBlockStages"/>, so they cannot drift.</remarks>
internal static class StageProfile
{
    /// <summary>Warms up for 10 seconds, then runs <paramref name="rounds"/> passes with <paramref name="rules"/> and prints each stage's best-pass times and allocation per page.</summary>
    /// <remarks>A stage's best pass is the one with the least CPU time (other jobs on a shared machine stretch the stopwatch, not the thread's CPU time); its wall time is that pass's.</remarks>
    public static async Task RunAsync(string datasetFolder, int rounds, RuleSet rules)
    {
        var pages = await LoadedPage.LoadAsync(DatasetLoader.Load(datasetFolder), null, CancellationToken.None);
        var options = new CleanerOptions();
        var patterns = new HtmlPatterns(rules.Html);
        var stages = new Stages(rules, patterns, options);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var page in pages)
            {
                stages.Run(page, null);
            }
        }

        var best = new Dictionary<string, StageTotal>();
        for (var round = 0; round < rounds; round++)
        {
            var totals = new Dictionary<string, StageTotal>();
            foreach (var page in pages)
            {
                stages.Run(page, totals);
            }

            foreach (var (name, total) in totals)
            {
                if (!best.TryGetValue(name, out var b) || total.CpuMs < b.CpuMs)
                {
                    best[name] = total;
                }
            }
        }

        var counted = best.Where(b => !b.Key.StartsWith(' ')).Select(b => b.Value).ToList();
        var cpuSum = counted.Sum(t => t.CpuMs);
        var wallSum = counted.Sum(t => t.WallMs);
        Console.WriteLine($"{"stage",-22} {(ThreadCpuClock.IsCpuTime ? "thread CPU" : "wall (no thread clock)"),15} {"share",7} {"wall",15} {"allocated",13}");
        foreach (var (name, total) in best)
        {
            Console.WriteLine($"{name,-22} {total.CpuMs / pages.Count,7:0.0000} ms/page {100 * total.CpuMs / cpuSum,5:0.0} % {total.WallMs / pages.Count,7:0.0000} ms/page {total.Bytes / 1024.0 / pages.Count,8:0.0} KB/page");
        }

        Console.WriteLine($"{"sum",-22} {cpuSum / pages.Count,7:0.0000} ms/page {"",7} {wallSum / pages.Count,7:0.0000} ms/page");
    }

    /// <summary>One stage's thread CPU time, stopwatch time and allocation, summed over a pass.</summary>
    private readonly record struct StageTotal(double CpuMs, double WallMs, long Bytes);

    private sealed class Stages(RuleSet rules, HtmlPatterns patterns, CleanerOptions options)
    {
        private readonly HtmlMetadataExtractor _metadata = new(rules);
        private readonly ArticleHeadScanner _scanner = new(rules.Metadata);
        private readonly HeadingReader _headings = new(rules.Metadata);
        private readonly PublicationDateFinder _dates = new(rules.Metadata);
        private readonly AuthorCreditResolver _credits = new(rules.Metadata, new HeadingReader(rules.Metadata));
        private readonly BoilerplatePruner _pruner = new(patterns);
        private readonly CommentExtractor _comments = new(patterns, new CommentByline(rules.Metadata));
        private readonly FigureExtractor _figures = new(patterns);
        private readonly MainContentSelector _selector = new(patterns);
        private readonly LeadFinder _leads = new(patterns);
        private readonly StandfirstFinder _standfirsts = new(patterns);
        private readonly TeaserLabelPhrases _teaserLabels = new(rules);
        private readonly BlockRenderer _renderer = new();
        private readonly TextBlockStages _blockStages = new(rules);
        private Dictionary<string, StageTotal>? _totals;
        private long _ticks;
        private long _cpuNanoseconds;
        private long _bytes;

        public void Run(LoadedPage page, Dictionary<string, StageTotal>? totals)
        {
            _totals = totals;
            Start();
            using var decoded = InputDecoder.DecodePooled(new RawInput(page.Content, page.Page.InputName, page.Page.ContentType, page.Page.LastModified), options);
            Lap("decode");
            if (decoded.Kind != InputKind.Html)
            {
                return;
            }

            var document = HtmlDocumentParser.Parse(decoded.Characters);
            Lap("parse");
            var collected = PageWideElements.Collecting();
            var elements = TreeGuard.Check(document, options.MaxElements, options.MaxDepth, CancellationToken.None, collected);
            Lap("tree guard");
            var body = document.Body ?? document.DocumentElement;
            using var raw = TextStatistics.Compute(body, null, elements);
            Lap("raw statistics");
            var pruned = new PruneMap(raw.Measured / 10);
            var comments = _comments.Extract(body, raw, pruned, out _);
            Lap("comments");
            _pruner.Prune(body, raw, pruned, CancellationToken.None);
            Lap("boilerplate pruner");
            TeaserCardPruner.Prune(body, raw, pruned, _teaserLabels);
            Lap("teaser cards");
            TagListPruner.Prune(body, raw, pruned);
            Lap("tag lists");
            var images = _figures.Extract(body, pruned);
            Lap("figures");
            using var stats = TextStatistics.Compute(body, pruned, raw.Measured);
            Lap("pruned statistics");
            var content = _selector.Select(body, stats, pruned);
            var parts = content.Parts;
            var chosenChars = parts.Sum(p => stats[p].ParagraphChars);
            var leadCount = 0;
            if (chosenChars < 0.3 * stats[body].ParagraphChars)
            {
                parts = [body];
            }
            else if (_leads.Find(parts[0], body, stats, pruned) is { Count: > 0 } leads)
            {
                parts = [.. leads, .. parts];
                leadCount = leads.Count;
            }

            Lap("main content+leads");
            // The metadata stage's parts, timed apart (they run again inside the whole stage below; not counted in the sum).
            var pageWide = PageWideElements.Of(document);
            Lap("  md: page-wide walk");
            var meta = MetaTags.Read(pageWide.Meta);
            Lap("  md: meta tags");
            var jsonLd = JsonLdReader.Read(pageWide.Scripts);
            Lap("  md: json-ld");
            var head = _scanner.Scan(document, content.Root, pageWide.MainHeadings);
            Lap("  md: head scan");
            GC.KeepAlive(document.QuerySelector("link[rel~='canonical' i]"));
            Lap("  md: canonical query");
            var headings = _headings.Read(head);
            Lap("  md: headings");
            // The site's name and host as the stage works them out cost little; og:site_name and the og:url's host stand in for them here.
            var siteName = meta.First("og:site_name");
            var host = Uri.TryCreate(meta.First("og:url"), UriKind.Absolute, out var pageUri) ? pageUri.Host : null;
            GC.KeepAlive(TitleReconciler.Reconcile(jsonLd.Headline, rules.Metadata.TitleMetaNames.Select(meta.First), headings, document.Title, siteName, host));
            Lap("  md: title");
            GC.KeepAlive(_credits.Resolve(document, jsonLd, meta, head, content.Root, new PageSite(siteName, jsonLd.PublisherName, host)));
            Lap("  md: credits");
            var language = LanguageTagNormalizer.Normalize(document.DocumentElement.GetAttribute("lang"));
            GC.KeepAlive(_dates.Find(jsonLd, meta, head, meta.First("og:url"), document.Title, DateBounds.For(page.Page.LastModified), language, document));
            Lap("  md: dates");
            var metadata = _metadata.Extract(document, decoded, content.Root, collected);
            Lap("metadata");
            var pageKind = PageKindClassifier.Classify(body, content, stats, pruned);
            Lap("page kind");
            var blocks = _renderer.Render(parts, stats, pruned, CancellationToken.None);
            Lap("render");
            blocks = _blockStages.Apply(blocks, metadata, pruned);
            Lap("block stages");
            GC.KeepAlive(_standfirsts.Find(parts, leadCount, blocks, stats, pruned));
            Lap("standfirst");
            var text = string.Join("\n\n", blocks.Select(b => b.Text));
            GC.KeepAlive(WordCounter.Count(text));
            GC.KeepAlive(pruned.Audit);
            GC.KeepAlive(comments);
            GC.KeepAlive(images);
            GC.KeepAlive(pageKind);
            Lap("join+words");
            HtmlDocumentParser.Release(document);
            Lap("release");
        }

        private void Start()
        {
            _bytes = GC.GetAllocatedBytesForCurrentThread();
            _ticks = Stopwatch.GetTimestamp();
            _cpuNanoseconds = ThreadCpuClock.Now();
        }

        // The clocks are read in the reverse order of Start, so that neither reading's own cost lands in a stage.
        private void Lap(string stage)
        {
            var cpu = ThreadCpuClock.Now();
            var now = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            if (_totals is not null)
            {
                _totals.TryGetValue(stage, out var t);
                _totals[stage] = new StageTotal(
                    t.CpuMs + ((cpu - _cpuNanoseconds) / 1e6),
                    t.WallMs + Stopwatch.GetElapsedTime(_ticks, now).TotalMilliseconds,
                    t.Bytes + bytes - _bytes);
            }

            Start();
        }
    }
}
