using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class CommentBylineTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 11, 30));

    private readonly CommentByline _byline = new(RuleSet.Embedded.Metadata);

    [Theory]
    // Dataset pages' comment headers: the date run into the author element, a "says:" label, a connecting word before the date.
    [InlineData("Jo Menschenfreund 12. Dezember 2012 um 23:17", null, "Jo Menschenfreund", "2012-12-12T23:17")]
    [InlineData("Milan Griffes on September 12, 2018 at 4:47 pm said:", null, "Milan Griffes", "2018-09-12T16:47")]
    [InlineData("Rick Rottman · March 10, 2017 at 2:18 PM", "comment_date", "Rick Rottman", "2017-03-10T14:18")]
    [InlineData("Rolf Buckpesch 29.07.2020 // 12:56", null, "Rolf Buckpesch", "2020-07-29T12:56")]
    [InlineData("Mike sagt:", null, "Mike", null)]
    [InlineData("gnaddrig Sagt:", null, "gnaddrig", null)]
    [InlineData("Lenasagt:", null, "Lena", null)]
    [InlineData("Edward Said", null, "Edward Said", null)]
    // A pingback's title in the author element is no commenter.
    [InlineData("Das Microsoft-Dilemma… « Netz Für Alle und mehr", null, null, null)]
    public void The_commenter_is_named_without_the_date_or_label_run_into_the_name_and_the_date_is_iso(string author, string? date, string? name, string? published)
    {
        var read = _byline.Read(new Comment(author, date, "Text."), dayFirst: false, Bounds);

        Assert.Equal(new Comment(name, published, "Text."), read);
    }

    [Theory]
    [InlineData("2012-12-12T23:17:16+01:00", false, "2012-12-12T23:17:16+01:00")]
    [InlineData("2024-03-02T10:00:00Z", false, "2024-03-02T10:00:00+00:00")]
    [InlineData("Mittwoch, Mai 10, 2017 4:14:00 PM", false, "2017-05-10T16:14")]
    [InlineData("14/04/2020 at 3:00 pm", true, "2020-04-14T15:00")]
    [InlineData("02/12/2024 10:16 horas", true, "2024-12-02T10:16")]
    [InlineData("02/12/2024 10:16", false, "2024-02-12T10:16")]
    [InlineData("June 28, 2015", false, "2015-06-28")]
    [InlineData("2 days ago at 08:58 am", false, null)]
    [InlineData("vor 3 Stunden", true, null)]
    public void A_comments_date_is_given_in_iso_8601_in_the_pages_slashed_order_or_not_at_all(string date, bool dayFirst, string? published) =>
        Assert.Equal(published, _byline.Read(new Comment(null, date, "Text."), dayFirst, Bounds).PublishedAt);

    [Fact]
    public void A_comment_dated_after_the_file_was_stored_has_no_date() =>
        Assert.Null(_byline.Read([new Comment("Ana", "March 3, 2031", "Text.")], "en", null, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero))[0].PublishedAt);

    [Fact]
    public void Slashed_comment_dates_follow_the_pages_language()
    {
        Comment[] comments = [new("Ana", "02/12/2024 10:16 horas", "Muy bien.")];

        Assert.Equal("2024-12-02T10:16", Assert.Single(_byline.Read(comments, "es", "https://www.elmundo.es/a.html", null)).PublishedAt);
        Assert.Equal("2024-02-12T10:16", Assert.Single(_byline.Read(comments, "en", "https://www.example.com/a.html", null)).PublishedAt);
    }

    [Theory]
    // LeFigaro (fundus): the date over the text; lapresse.tn (trafilatura): the same, on a comment with no date element; mdr.de: the name
    // and an age; der-erfolg-gibt-recht.de: the comment's number; a name and a date over a comment with no author element.
    [InlineData("Mapper", "2024-11-22T09:47:22+01:00", "le 22/11/2024 à 09:47\n\nComme d’habitude.", "Mapper", "2024-11-22T09:47:22+01:00", "Comme d’habitude.")]
    [InlineData(null, null, "18/02/2020 à 16:42\n\nLa parité je veux bien.", null, "2020-02-18T16:42", "La parité je veux bien.")]
    [InlineData("Critica", null, "Critica vor 11 Wochen\n\nDaran kann man es erkennen.", "Critica", null, "Daran kann man es erkennen.")]
    [InlineData(null, null, "1\n\nEine interessante Art Leber zuzubereiten.", null, null, "Eine interessante Art Leber zuzubereiten.")]
    [InlineData(null, null, "Tom Reed May 14, 2024 - 10:02 am\n\nGreat news.", "Tom Reed", "2024-05-14T10:02", "Great news.")]
    // Kept: a first paragraph that opens with the writer's name and goes on in words, one that mentions a date in a sentence, a lone paragraph.
    [InlineData("Anna", null, "Anna here.\n\nI think so too.", "Anna", null, "Anna here.\n\nI think so too.")]
    [InlineData("Anna", null, "Anna, 2 kids, here.\n\nI think so too.", "Anna", null, "Anna, 2 kids, here.\n\nI think so too.")]
    [InlineData(null, null, "Since May 14, 2024 the line has been closed every weekend, and nobody said why.\n\nA shame.", null, null, "Since May 14, 2024 the line has been closed every weekend, and nobody said why.\n\nA shame.")]
    [InlineData(null, null, "18/02/2020 à 16:42", null, null, "18/02/2020 à 16:42")]
    [InlineData(null, null, "On May 3, 2019 I ordered two.\n\nBoth broke.", null, null, "On May 3, 2019 I ordered two.\n\nBoth broke.")]
    public void The_header_line_a_theme_sets_over_the_comment_text_leaves_the_text(string? author, string? date, string text, string? name, string? published, string kept) =>
        Assert.Equal(new Comment(name, published, kept), _byline.Read(new Comment(author, date, text), dayFirst: true, Bounds));
}
