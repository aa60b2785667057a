using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The running texts the head scan gathers around the main heading.</summary>
public sealed class HeadTextsTests
{
    [Fact]
    public void Text_before_the_heading_is_what_came_just_before_it_and_text_after_starts_at_it()
    {
        var texts = HeadTexts.ForNewScan();
        texts.Append("Menu", afterHeading: false);
        texts.Append("  ", afterHeading: false);
        texts.HeadingFound();
        texts.Append("Storm floods the valley", afterHeading: true);
        texts.Append("Rain fell all night.", afterHeading: true);

        Assert.Equal("Menu ", texts.BeforeHeading);
        Assert.Equal("Storm floods the valley Rain fell all night. ", texts.AfterHeading(headingFound: true));
        Assert.Equal("Menu ", texts.AfterHeading(headingFound: false));
        Assert.Equal("Menu Storm floods the valley Rain fell all night. ", texts.PageTextSource()());
    }

    [Fact]
    public void A_later_heading_restarts_the_text_after_it()
    {
        var texts = HeadTexts.ForNewScan();
        texts.HeadingFound();
        texts.Append("Site name", afterHeading: true);
        texts.HeadingFound();
        texts.Append("Story", afterHeading: true);

        Assert.Equal("Story ", texts.AfterHeading(headingFound: true));
    }

    [Fact]
    public void The_text_before_the_heading_keeps_only_the_last_few_hundred_characters()
    {
        var texts = HeadTexts.ForNewScan();
        for (var i = 0; i < 100; i++)
        {
            texts.Append($"Teaser {i:00}", afterHeading: false);
        }

        texts.HeadingFound();

        Assert.EndsWith("Teaser 99 ", texts.BeforeHeading);
        Assert.InRange(texts.BeforeHeading.Length, 400, 800);
    }

    [Fact]
    public void The_page_text_read_after_the_threads_next_scan_throws()
    {
        var texts = HeadTexts.ForNewScan();
        var stale = texts.PageTextSource();
        HeadTexts.ForNewScan();

        Assert.Throws<InvalidOperationException>(() => stale());
    }
}
