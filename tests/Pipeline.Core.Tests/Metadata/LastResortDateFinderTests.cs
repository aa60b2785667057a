using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>How a page that states no date in its readable parts is dated at all.</summary>
public sealed class LastResortDateFinderTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));
    private const string Url = "https://example.org/blog/literatur-und-animated-typography";
    private readonly LastResortDateFinder _finder;

    public LastResortDateFinderTests()
    {
        var scanner = new DateTextScanner(RuleSet.Embedded.Metadata);
        _finder = new LastResortDateFinder(RuleSet.Embedded.Metadata, new DateNormalizer(scanner), scanner);
    }

    [Fact]
    public void A_line_about_this_very_page_dates_it()
    {
        var html = "<p>Über diesen Artikel: <a href=\"/blog/literatur-und-animated-typography\">Literatur und Animated Typography</a> wurde am 19. Mai 2010 um 23:03 Uhr gepostet.</p>";
        Assert.Equal("2010-05-19", Find(html));
    }

    [Fact]
    public void A_time_in_a_reader_comment_is_passed_over_for_a_labelled_pair()
    {
        var html = "<div class=\"comment-list\"><time datetime=\"2019-02-03\">3. Februar</time></div><dl><dt>Datum</dt><dd>12.01.2017</dd></dl>";
        Assert.Equal("2017-01-12", Find(html));
    }

    [Fact]
    public void A_publication_key_in_the_scripts_data_is_the_last_resort()
    {
        var html = "<p>Ohne Datum.</p><script>var product = {\"title\":\"Sidamo\",\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script>";
        Assert.Equal("2019-03-02T06:22:28+01:00", Find(html));
    }

    // Trimmed from the readability dataset's medium-1 page: the app state counts its dates in JavaScript milliseconds, the author's account first.
    [Fact]
    public void A_unix_count_dates_the_page_only_under_a_key_naming_the_publication()
    {
        var html = "<script>window[\"obvInit\"]({\"user\":{\"name\":\"Pippin Lee\",\"createdAt\":1344986320107},"
            + "\"value\":{\"title\":\"The Open Journalism Project\",\"createdAt\":1425538922974,\"firstPublishedAt\":1426609660294,\"latestPublishedAt\":1426611099742}})</script>";
        Assert.Equal("2015-03-17T16:27:40+00:00", Find(html));
    }

    [Fact]
    public void A_unix_count_under_a_creation_key_does_not_date_the_page()
    {
        var html = "<script>var state = {\"user\":{\"createdAt\":1344986320107}};</script>";
        Assert.Null(Find(html));
    }

    private string? Find(string body)
    {
        using var document = HtmlDocumentParser.Parse($"<html lang=\"de\"><body><h1>Titel</h1>{body}</body></html>");
        return _finder.Find(document, Url, Bounds, dayFirst: true)?.Iso;
    }
}
