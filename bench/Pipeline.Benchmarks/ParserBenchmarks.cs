using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;
using Pipeline.Benchmarks.MinimalDom;

namespace Pipeline.Benchmarks;

/// <summary>Parses every AEB page with AngleSharp (default and tuned options) and HtmlAgilityPack, and runs the whole HTML extractor, to weigh the parsers against the extraction cost.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly HtmlParser _defaultParser = new();
    private readonly MinimalDomParser _minimalDomParser = new();
    private List<string> _pages = [];
    private List<DecodedInput> _decoded = [];
    private HtmlArticleExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(FindShared(), "datasets", "aeb", "html");
        var options = new CleanerOptions();
        var raw = Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(f => (Name: f, Bytes: ReadGzip(f))).ToList();
        _pages = raw.Select(p => Encoding.UTF8.GetString(p.Bytes)).ToList();
        _decoded = raw.Select(p => InputDecoder.Decode(new RawInput(p.Bytes, p.Name, "text/html", null), options)).ToList();
        _extractor = new HtmlArticleExtractor(RuleSet.Embedded, options);
    }

    [Benchmark(Baseline = true, Description = "AngleSharp, default options (118 pages)")]
    public int AngleSharpDefault()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            using var document = _defaultParser.ParseDocument(page);
            n += document.All.Length;
        }

        return n;
    }

    [Benchmark(Description = "AngleSharp, extraction options (118 pages)")]
    public int AngleSharpTuned()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            using var document = HtmlDocumentParser.Parse(page);
            n += document.All.Length;
        }

        return n;
    }

    // AngleSharp's extensible construction (its tokenizer and tree builder filling a tree of our own types) was weighed as a lighter DOM
    // for the engine: with AngleSharp 1.10.3 it costs more than the standard parse even for a tree that only keeps names, attributes and
    // text (see docs/performance-log.md, thirty-first round).
    [Benchmark(Description = "AngleSharp, extraction options, minimal DOM of our own (118 pages)")]
    public int AngleSharpMinimalDom()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            n += MinimalDomParser.Count(_minimalDomParser.Parse(page)).Elements;
        }

        return n;
    }

    [Benchmark(Description = "HtmlAgilityPack (118 pages)")]
    public int HtmlAgilityPackParse()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            var document = new HtmlAgilityPack.HtmlDocument();
            document.LoadHtml(page);
            n += document.DocumentNode.ChildNodes.Count;
        }

        return n;
    }

    [Benchmark(Description = "HtmlArticleExtractor, parse + extract (118 pages)")]
    public int Extract()
    {
        var n = 0;
        foreach (var page in _decoded)
        {
            n += _extractor.Extract(page, CancellationToken.None).Articles.Count;
        }

        return n;
    }

    private static byte[] ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
