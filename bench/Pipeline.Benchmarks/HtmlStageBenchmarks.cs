using AngleSharp.Html.Dom;
using BenchmarkDotNet.Attributes;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Benchmarks;

/// <summary>The HTML path stage by stage on AEB pages of three sizes: parse alone, text statistics, boilerplate pruning, the written-date scan, metadata alone, and the whole clean.</summary>
[MemoryDiagnoser]
public class HtmlStageBenchmarks
{
    private static readonly CleanerOptions Options = new();
    private readonly ArticleCleaner _cleaner = new(Options);
    private readonly HtmlMetadataExtractor _metadata = new(RuleSet.Embedded);
    private readonly BoilerplatePruner _pruner = new(new HtmlPatterns(RuleSet.Embedded.Html));
    private RawInput _input = null!;
    private DecodedInput _decoded = null!;
    private IHtmlDocument _document = null!;
    private TextStatistics _raw = null!;
    private readonly DateTextScanner _dates = new(RuleSet.Embedded.Metadata);
    private readonly DateBounds _bounds = DateBounds.For(null);
    private string _pageText = "";

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    public static IEnumerable<string> Pages => BenchmarkInputs.AebPages;

    [GlobalSetup]
    public void Setup()
    {
        _input = new RawInput(BenchmarkInputs.ReadAebPage(Page), Page + ".html", "text/html");
        _decoded = InputDecoder.Decode(_input, Options);
        _document = HtmlDocumentParser.Parse(_decoded.Text);
        _raw = TextStatistics.Compute(_document.Body!, null);
        // What the date finder scans last: the page's visible text, up to 20,000 characters.
        var text = _document.Body!.TextContent;
        _pageText = text.Length > 20_000 ? text[..20_000] : text;
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true, Description = "parse (engine's AngleSharp options)")]
    public int Parse()
    {
        using var document = HtmlDocumentParser.Parse(_decoded.Text);
        return document.ChildNodes.Length;
    }

    [Benchmark(Description = "text statistics")]
    public int Statistics() => TextStatistics.Compute(_document.Body!, null)[_document.Body!].TextChars;

    [Benchmark(Description = "boilerplate pruning")]
    public int Prune()
    {
        var pruned = new PruneMap();
        _pruner.Prune(_document.Body!, _raw, pruned, CancellationToken.None);
        return pruned.Count;
    }

    [Benchmark(Description = "written dates (page text)")]
    public int WrittenDates() => _dates.Scan(_pageText, _bounds).Count();

    [Benchmark(Description = "metadata")]
    public string? Metadata() => _metadata.Extract(_document, _decoded, null).Title;

    [Benchmark(Description = "clean (decode + parse + everything)")]
    public int Clean()
    {
        var outcome = _cleaner.Clean(_input);
        return outcome.Succeeded ? outcome.Result.Articles.Count : -1;
    }
}
