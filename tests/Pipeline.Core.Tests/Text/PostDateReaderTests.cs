using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Tests.Shared;

using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>Publication and update dates read from a text dump's post head (w3m dumps of AEB pages and the seeds).</summary>
public class PostDateReaderTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Article Clean(string text, DateTimeOffset? storedAt = null) =>
        Assert.Single(Cleaner.Clean(new RawInput(Encoding.UTF8.GetBytes(text), "post.txt", "text/plain", storedAt)).Result!.Articles);

    private static string Story(string opening) =>
        $"{opening} said the committee had met three times since the spring, and that the vote would be held before the end of the year.";

    [Theory]
    [InlineData("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35", "2019-11-19", "Nov 19, 2019")] // Express: dek, byline, then "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …"
    [InlineData("08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56", "2019-11-18T21:24:00-05:00", "Nov 18, 2019 at 9:24 pm ET")] // CBS Sports: the byline's date with its zone
    [InlineData("f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f", "2018-10-05", "05/10/2018")] // a Brazilian story: day first
    public void The_date_under_a_dumps_title_is_its_publication_date(string id, string iso, string raw)
    {
        var article = CleanDump(id);

        Assert.Equal((iso, raw), (article.PublishedAt, article.PublishedAtRaw));
    }

    [Fact]
    public void Dates_in_the_story_and_its_comments_are_not_the_publication_date()
    {
        // Seed 002 (TIME): no date in the head; "In February", "2011" in the story and "September 10, 2016 - 8:17 pm" on a comment.
        var article = Clean(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "002_60298ffe5bee1918.txt")));

        Assert.Null(article.PublishedAt);
        Assert.Null(article.UpdatedAt);
    }

    [Fact]
    public void A_head_that_only_states_an_update_gives_the_update_not_a_publication_date()
    {
        var article = Clean(string.Join("\n\n", "Council delays the budget vote again", "By Jane Roe", "Updated March 6, 2024",
            Story("The mayor"), Story("A spokesman"), Story("The treasurer")));

        Assert.Null(article.PublishedAt);
        Assert.Equal("2024-03-06", article.UpdatedAt);
    }

    [Fact]
    public void A_date_later_than_the_file_was_stored_is_not_read()
    {
        var text = string.Join("\n\n", "Council delays the budget vote again", "By Jane Roe", "March 6, 2024", Story("The mayor"), Story("A spokesman"), Story("The treasurer"));

        Assert.Equal("2024-03-06", Clean(text, new DateTimeOffset(2024, 3, 7, 0, 0, 0, TimeSpan.Zero)).PublishedAt);
        Assert.Null(Clean(text, new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero)).PublishedAt);
    }
}
