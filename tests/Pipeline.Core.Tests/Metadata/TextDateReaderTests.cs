using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Which written date a stretch of page text gives the story, by the label before each date.</summary>
public sealed class TextDateReaderTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));
    private readonly TextDateReader _reader = new(new DateTextScanner(RuleSet.Embedded.Metadata), new DateLabels(RuleSet.Embedded.Metadata));

    [Fact]
    public void The_page_clock_and_a_member_registration_are_skipped_for_the_first_post_date()
    {
        // foren.myoos.de: the forum's clock and the poster's registration stand before the first post.
        const string Text = "Aktuelle Zeit: 14.10.2020 Registriert: 18.09.2008 Beitrag 21.01.2009";
        Assert.Equal(new DateOnly(2009, 1, 21), _reader.TextDate(Text, Bounds, dayFirst: true)?.Day);
    }

    [Fact]
    public void A_date_labelled_only_as_an_update_is_kept_when_nothing_else_is_written()
    {
        Assert.Equal(new DateOnly(2023, 3, 6), _reader.TextDate("Aktualisiert am 06.03.2023", Bounds, dayFirst: true)?.Day);
    }

    [Fact]
    public void The_labelled_publication_date_is_found_after_the_last_change_date()
    {
        // literaturkritik.de: "Letzte Änderung: 31.10.2023 ... Erschienen am: 01.11.2023".
        const string Text = "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023";
        Assert.Equal(new DateOnly(2023, 11, 1), _reader.LabelledTextDate(Text, Bounds, dayFirst: true)?.Day);
        Assert.Null(_reader.LabelledTextDate("Am 31.10.2023 sagte er", Bounds, dayFirst: true));
    }

    [Fact]
    public void In_the_whole_page_text_an_update_label_outranks_a_date_cited_in_a_sentence()
    {
        const string Text = "Der Vertrag vom 12.05.2019 gilt weiter. Aktualisiert am 06.03.2023";
        Assert.Equal(new DateOnly(2023, 3, 6), _reader.PageTextDate(Text, Bounds, dayFirst: true)?.Day);
    }

    [Theory]
    [InlineData("<div><p>02.02.2022 10:16 Uhr - 1. Bundesliga</p><h1>Titel</h1></div>", "2022-02-02")]
    [InlineData("<div><p>Eine lange Zeile ohne Bezug zur Überschrift, die am 02.02.2022 erwähnt wird und weit über hundertzwanzig Zeichen Text enthält, also keine Datumszeile ist.</p><h1>Titel</h1></div>", null)]
    public void Only_a_short_line_right_above_the_heading_dates_the_story(string html, string? expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _reader.LineAboveHeadingDate(document.QuerySelector("h1"), Bounds, dayFirst: true)?.Iso);
    }

    [Theory]
    // A blog's title box: the breadcrumb line beside it ends with the story's date.
    [InlineData("<div class=\"uk_blog_breadcrumb\"><a href=\"/blog\">Blog Home</a> <a href=\"/category/ai/\">AI &amp; Machine Learning</a><span> • </span><span>October 18, 2019</span></div>"
        + "<div class=\"uk_blog_title\"><h1>Artificial Intelligence and Machine Learning Industry News</h1></div>", "2019-10-18")]
    // The climb stops at the article: a line before it is the page's, not the story's.
    [InlineData("<p>October 18, 2019</p><article><div><h1>Artificial Intelligence and Machine Learning Industry News</h1></div></article>", null)]
    public void The_line_above_a_heading_that_opens_its_own_block_is_the_one_beside_that_block(string html, string? expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _reader.LineAboveHeadingDate(document.QuerySelector("h1"), Bounds, dayFirst: false)?.Iso);
    }

    [Theory]
    // A Hindi business daily laid out in tables: the headline's row, then the byline row with the story's date.
    [InlineData("<table><tr><td><h1>सेबी को एमएफ मामले निपटाने चाहिए</h1></td></tr><tr><td>ऐश्ली कुटिन्हो / मुंबई&nbsp;September 29, 2020</td></tr></table>", "2020-09-29")]
    [InlineData("<div><h1>Hawley projects Trump as 2024 GOP nominee</h1><p>The 2024 presidential election is set for Nov. 5, 2024. Democrat incumbent Joe Biden will run for a second term, and several Republicans seek the nomination.</p></div>", null)]
    [InlineData("<div><h1>Titel</h1><p>Aktualisiert am 06.03.2023</p></div>", null)]
    [InlineData("<div><h1>Impfen und Boostern</h1></div><p>Die GSI wird die Impforte am 28. Februar 2022 schliessen.</p>", null)]
    [InlineData("<h1>Das Hermelin</h1><div><img src=\"a.jpg\"><p class=\"caption\">Foto vom 01. November 2021</p></div>", null)]
    public void Only_a_short_line_right_under_the_heading_not_labelled_as_an_update_gives_its_dateline(string html, string? expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body>{html}</body></html>");
        Assert.Equal(expected, _reader.LineBelowHeadingDate(document.QuerySelector("h1"), Bounds, dayFirst: false)?.Iso);
    }
}
