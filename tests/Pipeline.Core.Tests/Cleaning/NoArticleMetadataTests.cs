using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Cleaning;

public class NoArticleMetadataTests
{
    [Fact]
    public void A_page_without_article_text_fails_as_no_article_with_the_metadata_it_states()
    {
        var outcome = new ArticleCleaner().Clean(new RawInput(Encoding.UTF8.GetBytes(NoArticlePages.Paywalled), "argus.html", "text/html"));

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureReason.NoArticle, outcome.Failure.Reason);
        var metadata = outcome.Failure.Metadata;
        Assert.NotNull(metadata);
        Assert.Equal("Woman hurt after being hit by car in Station Street, Eastbourne", metadata.Title);
        Assert.Equal(["Harry Bullmore"], metadata.Authors);
        Assert.Equal("2020-09-06T19:23:03+00:00", metadata.PublishedAt);
        Assert.Equal("The Argus", metadata.SiteName);
        Assert.Equal("https://www.theargus.co.uk/news/18701511.woman-hurt-hit-car-station-street-eastbourne/", metadata.Url);
    }

    [Fact]
    public void A_bot_check_served_instead_of_the_page_is_no_article_and_says_so()
    {
        // htmldate thelocal.se: the scraper got "You will be connected to … in just a moment..." and the address's date.
        var path = Path.Combine(RepositoryPaths.Datasets, "htmldate", "html", "thelocal.se.tattooed.html.gz");

        var outcome = new ArticleCleaner().Clean(new RawInput(DatasetFiles.ReadGzip(path), "thelocal.html", "text/html", null));

        Assert.Equal(FailureReason.NoArticle, outcome.Failure!.Reason);
        Assert.Equal("The page is a bot check or an interstitial, not the article: \"You will be connected to www.thelocal.se in just a moment...\".", outcome.Failure.Message);
        Assert.Equal("2020-04-28", outcome.Failure.Metadata!.PublishedAt);
    }

    [Fact]
    public void An_input_rejected_before_reading_carries_no_metadata()
    {
        var outcome = new ArticleCleaner().Clean(new RawInput(Array.Empty<byte>(), "empty.html", "text/html"));

        Assert.Equal(FailureReason.Empty, outcome.Failure!.Reason);
        Assert.Null(outcome.Failure.Metadata);
    }
}
