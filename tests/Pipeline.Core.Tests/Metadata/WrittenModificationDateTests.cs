using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A page that writes, as its date, the day its data calls the last modification is dated as written; a shown revision moment is not.</summary>
public sealed class WrittenModificationDateTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    [Theory]
    // article:published_time 2021-11-29, article:modified_time 2022-01-12; the byline box writes "12.01.2022".
    [InlineData("trafilatura/html/angelmagazin.de-schmerzen.html.gz", "2022-01-12")]
    // JSON-LD datePublished 2017-08-21, dateModified 2019-04-03; the author row writes "03.04.2019".
    [InlineData("htmldate/html/channelpartner.de.berufe.html.gz", "2019-04-03")]
    // datePublished 2019-10-15, dateModified 2020-03-12; the byline writes "Mar 12, 2020".
    [InlineData("trafilatura/html/hellogiggles.com.skin.html.gz", "2020-03-12")]
    public void Written_day_that_the_data_calls_the_modification_dates_the_page(string path, string expected) =>
        Assert.Equal(expected, Day(ExtractPage(path).PublishedAt));

    [Fact]
    public void Revision_stamp_of_a_time_element_does_not_replace_the_publication_date()
    {
        // The byline's <time dateTime="2026-04-24T11:16:53.545Z"> ("1 day ago") is the modification; the story was published 2012-05-10.
        Assert.Equal("2012-05-10", Day(ExtractPage("fundus/html/uk/BBC_2026_04_25.html.gz").PublishedAt));
    }

    [Fact]
    public void Written_day_that_is_not_the_modification_leaves_the_publication_date()
    {
        const string Html = """
            <html><head><title>T</title>
            <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
            <meta property="article:modified_time" content="2022-02-01T09:00:00+00:00">
            </head><body><article><h1>A headline of a story</h1><p class="date">12.01.2022</p><p>Body text of the story.</p></article></body></html>
            """;
        Assert.Equal("2021-11-29", Day(MetadataTestPages.Extract(Extractor, Html).PublishedAt));
    }

    private static string? Day(string? iso) => iso is { Length: >= 10 } ? iso[..10] : iso;

    private static PageMetadata ExtractPage(string path) =>
        MetadataTestPages.Extract(Extractor, DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, path)), Path.GetFileName(path));
}
