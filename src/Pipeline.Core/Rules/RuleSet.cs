using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace Pipeline.Core.Rules;

/// <summary>The cleaning rules (phrases, patterns, agency names) loaded from versioned JSON files, with one SHA-256 over all of them.</summary>
public sealed class RuleSet
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<RuleSet> EmbeddedRules = new(LoadEmbedded);

    private RuleSet(IReadOnlyDictionary<string, byte[]> files)
    {
        Files = files;
        Sha256 = ComputeHash(files);
        Text = Read<TextRules>(files, "text.json");
        Html = Read<HtmlRules>(files, "html.json");
        Metadata = Read<MetadataRules>(files, "metadata.json");
    }

    /// <summary>The rules shipped inside the engine (the files under <c>rules/</c> at the repository root).</summary>
    public static RuleSet Embedded => EmbeddedRules.Value;

    /// <summary>SHA-256 (lower-case hex) over every rules file, name and content, in ordinal name order.</summary>
    public string Sha256 { get; }

    public TextRules Text { get; }

    public HtmlRules Html { get; }

    public MetadataRules Metadata { get; }

    /// <summary>The raw files, by name, as hashed.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Loads a rules folder (same file names as the embedded set), e.g. to try a rules change before shipping it.</summary>
    public static RuleSet FromDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.json")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        return new RuleSet(files);
    }

    private static RuleSet LoadEmbedded()
    {
        var assembly = typeof(RuleSet).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[resource["rules/".Length..]] = buffer.ToArray();
        }

        return new RuleSet(files);
    }

    private static T Read<T>(IReadOnlyDictionary<string, byte[]> files, string name)
        where T : new()
    {
        if (!files.TryGetValue(name, out var bytes))
        {
            throw new InvalidOperationException($"Rules file '{name}' is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, JsonOptions) ?? new T();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Rules file '{name}' is invalid: {e.Message}", e);
        }
    }

    private static string ComputeHash(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(bytes);
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
