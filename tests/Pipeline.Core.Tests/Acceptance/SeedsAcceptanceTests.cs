using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Acceptance;

/// <summary>Every seed page, cleaned through the public API, shows what spec/seeds.expected.json asks of it (rules in its "_about" key).</summary>
public class SeedsAcceptanceTests
{
    private const int SubstringCheckMinLength = 25;
    private static readonly string SpecPath = Path.Combine(RepositoryPaths.Shared, "spec", "seeds.expected.json");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReadSpec().RootElement.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('_')))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_cleans_as_specified(string seed)
    {
        using var spec = ReadSpec();
        var expected = spec.RootElement.GetProperty(seed);
        var result = Clean(seed);
        var articles = result.Articles;
        var bodies = articles.Select(a => Fold(a.Text)).ToArray();

        var count = expected.GetProperty("articleCount");
        Assert.InRange(articles.Count, count.GetProperty("min").GetInt32(), count.GetProperty("max").GetInt32());
        Assert.Equal(articles.Count > 1 ? PageKind.Listing : PageKind.Article, result.PageKind);

        var titles = articles.Select(a => Fold(a.Title ?? "")).ToList();
        var expectedTitles = Strings(expected, "titles").Select(Fold).ToList();
        if (expected.TryGetProperty("titlesNote", out _))
        {
            // The note allows one section to stand as its own article: the expected titles must still all come, in order.
            Assert.True(IsSubsequence(expectedTitles, titles), $"Titles out of order or missing: {string.Join(" | ", titles)}");
        }
        else
        {
            Assert.Equal(expectedTitles, titles);
        }

        foreach (var gone in Strings(expected, "mustRemove").Select(Fold))
        {
            Assert.DoesNotContain(bodies, b => b.Split('\n').Contains(gone));
            if (gone.Length >= SubstringCheckMinLength)
            {
                Assert.DoesNotContain(bodies, b => b.Contains(gone, StringComparison.Ordinal));
            }
        }

        foreach (var kept in Strings(expected, "mustKeep").Select(Fold))
        {
            Assert.Contains(bodies, b => b.Contains(kept, StringComparison.Ordinal));
        }

        if (expected.TryGetProperty("standfirst", out var standfirst))
        {
            Assert.Equal(Fold(standfirst.GetString()!), Fold(articles[0].Standfirst ?? ""));
        }

        AssertListsByTitle(expected, "authors", articles, a => a.Authors);
        AssertListsByTitle(expected, "agencies", articles, a => a.Agencies);
        Assert.All(articles, a => Assert.Null(a.PublishedAt));
    }

    private static void AssertListsByTitle(JsonElement expected, string key, IReadOnlyList<Article> articles, Func<Article, IReadOnlyList<string>> select)
    {
        if (!expected.TryGetProperty(key, out var byTitle))
        {
            return;
        }

        foreach (var entry in byTitle.EnumerateObject())
        {
            var article = Assert.Single(articles, a => Fold(a.Title ?? "") == Fold(entry.Name));
            Assert.Equal(entry.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), select(article).ToArray());
        }
    }

    internal static CleanResult Clean(string seed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, seed));
        var outcome = new ArticleCleaner().Clean(new RawInput(bytes, seed, "text/plain", null));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Result!;
    }

    private static JsonDocument ReadSpec() => JsonDocument.Parse(File.ReadAllBytes(SpecPath));

    private static IEnumerable<string> Strings(JsonElement element, string key) =>
        element.TryGetProperty(key, out var list) ? list.EnumerateArray().Select(v => v.GetString()!) : [];

    private static string Fold(string text) => string.Join('\n', WhitespaceFolder.FoldLines(text));

    private static bool IsSubsequence(List<string> expected, List<string> actual)
    {
        var at = 0;
        foreach (var title in actual)
        {
            if (at < expected.Count && title == expected[at])
            {
                at++;
            }
        }

        return at == expected.Count && actual.Count - expected.Count <= 1;
    }
}
