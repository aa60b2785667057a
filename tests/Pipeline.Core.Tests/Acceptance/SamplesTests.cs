using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Acceptance;

/// <summary>The hand-written text samples under samples/ clean the way the README promises.</summary>
public class SamplesTests
{
    [Fact]
    public void Text_dump_gives_one_article_with_its_dek_reporter_agency_and_comment()
    {
        var result = Clean("harbour-ferry-dump.txt");

        var article = Assert.Single(result.Articles);
        Assert.Equal(PageKind.Article, result.PageKind);
        Assert.Equal("Harbour ferry returns after winter repairs", article.Title);
        Assert.Equal("The town's only car ferry is back in service after four months in dry dock.", article.Standfirst);
        Assert.Equal(["Marta Lindqvist"], article.Authors);
        Assert.Equal(["Reuters"], article.Agencies);
        Assert.Equal(new Comment("Ana Ruiz", "2024-06-03T09:05", "Finally! The drive round the bay was costing me an hour every day."), Assert.Single(article.Comments));
        Assert.Equal(5, article.Text.Split("\n\n").Length);
        Assert.StartsWith("PORT ELLEN (Reuters) — The harbour ferry", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nTimetable changes\n\n", article.Text, StringComparison.Ordinal);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Blog_index_splits_into_its_two_posts_with_their_credits()
    {
        var result = Clean("river-blog-index.txt");

        Assert.Equal(PageKind.Listing, result.PageKind);
        Assert.Equal(["Volunteers clear two tonnes of rubbish from the riverbank", "Otters seen again near the old weir"], result.Articles.Select(a => a.Title));
        Assert.Equal([[], ["Sam Okafor"]], result.Articles.Select(a => a.Authors.ToArray()));
        Assert.Equal([["Reuters"], []], result.Articles.Select(a => a.Agencies.ToArray()));
        Assert.All(result.Articles, a => Assert.Equal(2, a.Text.Split("\n\n").Length));
        Assert.Contains(result.Removed, r => r.Text == "River Valley Notes");
    }

    private static CleanResult Clean(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", name));
        var outcome = new ArticleCleaner().Clean(new RawInput(bytes, name, "text/plain", null));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Result;
    }
}
