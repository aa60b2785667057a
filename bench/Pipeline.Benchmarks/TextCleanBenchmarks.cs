using BenchmarkDotNet.Attributes;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;

namespace Pipeline.Benchmarks;

/// <summary>Cleaning a seed plain-text dump end to end, against decoding it only.</summary>
[MemoryDiagnoser]
public class TextCleanBenchmarks
{
    private static readonly CleanerOptions Options = new();
    private readonly ArticleCleaner _cleaner = new(Options);
    private RawInput _input = null!;

    [GlobalSetup]
    public void Setup() => _input = new RawInput(BenchmarkInputs.ReadSeed(BenchmarkInputs.SeedTextDump), BenchmarkInputs.SeedTextDump, "text/plain");

    [Benchmark(Baseline = true, Description = "decode only")]
    public int DecodeOnly() => InputDecoder.Decode(_input, Options).Text.Length;

    [Benchmark(Description = "clean (engine)")]
    public int Clean()
    {
        var outcome = _cleaner.Clean(_input);
        return outcome.Succeeded ? outcome.Result.Articles.Count : -1;
    }
}
