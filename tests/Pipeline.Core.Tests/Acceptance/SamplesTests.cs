using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Acceptance;

/// <summary>The hand-written samples under samples/ clean the way the README promises.</summary>
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
        Assert.Equal(6, article.Text.Split("\n\n").Length);
        Assert.StartsWith("The town's only car ferry is back in service after four months in dry dock.\n\nPORT ELLEN (Reuters) — The harbour ferry", article.Text, StringComparison.Ordinal);
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

    [Fact]
    public void Html_page_gives_its_article_with_the_datelines_agency_its_figure_and_its_readers_comment()
    {
        var result = Clean("library-reopens.html", "text/html");

        var article = Assert.Single(result.Articles);
        Assert.Equal("City library reopens with longer hours", article.Title);
        Assert.Equal(["Priya Natarajan"], article.Authors);
        Assert.Equal(["AP"], article.Agencies);
        Assert.Equal("2024-05-14T08:30:00+01:00", article.PublishedAt);
        Assert.Equal(new ArticleImage("The new reading room on opening day.", "Photo: Riverside Daily", "library.jpg"), Assert.Single(article.Images));
        // The comment section marks no items: a header paragraph names the reader and the time, the next one is the comment.
        Assert.Equal(new Comment("Tom Reed", "2024-05-14T10:02", "Great news for the students."), Assert.Single(article.Comments));
        Assert.DoesNotContain("ADVERTISEMENT", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to our daily newsletter", article.Text, StringComparison.Ordinal);
    }

    private static CleanResult Clean(string name, string contentType = "text/plain")
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", name));
        var outcome = new ArticleCleaner().Clean(new RawInput(bytes, name, contentType, null));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Result;
    }
}
