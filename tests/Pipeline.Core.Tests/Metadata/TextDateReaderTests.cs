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
}
