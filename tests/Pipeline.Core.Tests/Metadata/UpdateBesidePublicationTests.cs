using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A dateline that states the publication and the update together gives both dates.</summary>
public sealed class UpdateBesidePublicationTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    private const string Story = "<p>The city council voted on Tuesday to approve the new budget for the coming year, which includes funding for parks and roads.</p>"
        + "<p>Officials said the plan would be reviewed again in the spring after public hearings had been held in each neighbourhood.</p>";

    [Theory]
    [InlineData("<p class=\"meta\">Published March 5, 2024 | Updated March 6, 2024</p>", "2024-03-05", "2024-03-06")]
    [InlineData("<div class=\"date\">March 5, 2024 (Updated: March 6, 2024)</div>", "2024-03-05", "2024-03-06")]
    [InlineData("<div class=\"date\">Veröffentlicht am 05.03.2024, aktualisiert am 06.03.2024</div>", "2024-03-05", "2024-03-06")]
    // datasets/trafilatura correiobraziliense.com.br-poderes: posted and updated in one small line.
    [InlineData("<small class=\"date\">postado em 14/05/2022 05:49 / atualizado em 16/05/2022 05:50</small>", "2022-05-14", "2022-05-16")]
    public void Dateline_with_both_dates_gives_the_update_too(string dateline, string published, string updated)
    {
        var metadata = Page(dateline);
        Assert.Equal(published, metadata.PublishedAt);
        Assert.Equal(updated, metadata.UpdatedAt);
    }

    [Fact]
    public void Update_told_in_a_long_dated_box_is_not_the_pages_update()
    {
        var metadata = Page("<div class=\"meta\">March 5, 2024. The council said its guidelines for parks and roads, which had been criticised by residents, were updated on March 6, 2024.</div>");
        Assert.Equal("2024-03-05", metadata.PublishedAt);
        Assert.Null(metadata.UpdatedAt);
    }

    private static PageMetadata Page(string dateline) =>
        MetadataTestPages.Extract(Extractor, "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>"
            + dateline + Story + "</article></body></html>");

    [Fact]
    public void Update_stamp_that_also_states_the_first_publication_is_read_at_its_update()
    {
        var metadata = Page("<div class=\"date\">Last updated on March 6, 2024. First published on March 5, 2024.</div>");
        Assert.Equal("2024-03-05", metadata.PublishedAt);
        Assert.Equal("2024-03-06", metadata.UpdatedAt);
    }

    // datasets/htmldate and trafilatura auswaertiges-amt.de: the travel advice as of 12 November, unchanged in force since 5 November.
    [Fact]
    public void Stand_line_dates_the_page_at_its_stand_not_at_the_older_date_in_brackets()
    {
        var metadata = Page("<span class=\"heading__date\">Stand - 12.11.2021<br/> (Unverändert gültig seit: 05.11.2021)</span>");
        Assert.Equal("2021-11-12", metadata.UpdatedAt);
    }

    [Fact]
    public void Update_in_a_plain_line_under_the_heading_is_read()
    {
        var metadata = Page("<p>By Jane Doe</p><p>Published March 5, 2024 | Updated March 6, 2024</p>");
        Assert.Equal("2024-03-05", metadata.PublishedAt);
        Assert.Equal("2024-03-06", metadata.UpdatedAt);
    }

    [Fact]
    public void Update_told_in_the_story_after_its_first_lines_is_not_the_pages_update()
    {
        var metadata = Page("<p>March 5, 2024</p>" + Story + "<p>The council's rules for public hearings were updated on March 6, 2024, after residents complained.</p>");
        Assert.Equal("2024-03-05", metadata.PublishedAt);
        Assert.Null(metadata.UpdatedAt);
    }
}
