using BenchmarkDotNet.Attributes;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;

namespace Pipeline.Benchmarks;

/// <summary>Cleaning an AEB page end to end, against decoding and parsing it with AngleSharp only, so the cost over parsing shows as a ratio.</summary>
[MemoryDiagnoser]
public class HtmlCleanBenchmarks
{
    private static readonly CleanerOptions Options = new();
    private readonly ArticleCleaner _cleaner = new(Options);
    private RawInput _input = null!;

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    public static IEnumerable<string> Pages => BenchmarkInputs.AebPages;

    [GlobalSetup]
    public void Setup() => _input = new RawInput(BenchmarkInputs.ReadAebPage(Page), Page + ".html", "text/html");

    // The engine's own parser and options, and nothing after the parse: the floor the engine's cost is a multiple of.
    [Benchmark(Baseline = true, Description = "decode + AngleSharp parse only")]
    public int ParseOnly()
    {
        var decoded = InputDecoder.Decode(_input, Options);
        using var document = HtmlDocumentParser.Parse(decoded.Text);
        return document.ChildNodes.Length;
    }

    [Benchmark(Description = "clean (engine)")]
    public int Clean()
    {
        var outcome = _cleaner.Clean(_input);
        return outcome.Succeeded ? outcome.Result.Articles.Count : -1;
    }
}
