using System.IO.Compression;

namespace Pipeline.Benchmarks;

/// <summary>Finds the shared data folder beside the repository and reads benchmark pages from it.</summary>
internal static class BenchmarkInputs
{
    /// <summary>Three AEB pages chosen by decompressed size: smallest, median and largest of the dev split.</summary>
    public static readonly string[] AebPages =
    [
        "ba07d1e64775f4090e39116c382111f5a2cfe9528dd179673f4e9bfcea370c15", // 25 KB
        "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800", // 118 KB
        "ffc109d474fdee1a59fa554df8b09643f4a7d45b23eceabad66f0712c3f7daed", // 993 KB
    ];

    /// <summary>The largest seed: a plain-text dump of a news page.</summary>
    public const string SeedTextDump = "003_d1e5349e2d036e46.txt";

    public static byte[] ReadAebPage(string id)
    {
        using var file = File.OpenRead(Path.Combine(SharedFolder(), "datasets", "aeb", "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static byte[] ReadSeed(string name) => File.ReadAllBytes(Path.Combine(SharedFolder(), "seeds", name));

    // BenchmarkDotNet runs a generated copy under bin/, so search upwards for the solution like the tests do.
    public static string SharedFolder()
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
