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

    private string? Find(string body)
    {
        using var document = HtmlDocumentParser.Parse($"<html lang=\"de\"><body><h1>Titel</h1>{body}</body></html>");
        return _finder.Find(document, Url, Bounds, dayFirst: true)?.Iso;
    }
}
