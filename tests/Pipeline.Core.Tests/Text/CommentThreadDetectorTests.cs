using Pipeline.Core.Model;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

public class CommentThreadDetectorTests
{
    private const string Body = "In another major blow to the rebels, the military commander of the Army of Conquest, the largest rebel alliance, was killed in an airstrike, Islamist sources said on Thursday.";

    /// <summary>A story's last line, a thread's marker, one commenter line and the first line of the comment.</summary>
    private static readonly string[] OneCommentThread =
        [Body, "", "1 comment", "", "Reid Barnes September 10, 2016 - 8:17 pm", "", "Is Putin the problem in Syria? FBI Director Comey said so."];

    [Fact]
    public void Thread_is_removed_in_full_and_its_comment_parsed_with_local_time()
    {
        var thread = new CommentThreadDetector(Patterns).Detect(Page(
            [.. OneCommentThread,
            "",
            "What was the U.S. role?",
            "",
            "Reply",
            "",
            "Leave a Reply to Reid Barnes Cancel Reply"]));

        Assert.Equal([Kept, .. Enumerable.Repeat(RemovalReasons.Comments, 6)], Reasons(thread.Blocks));
        var comment = Assert.Single(thread.Comments);
        Assert.Equal(new Comment("Reid Barnes", "2016-09-10T20:17", "Is Putin the problem in Syria? FBI Director Comey said so.\n\nWhat was the U.S. role?"), comment.Comment);
        Assert.Equal(2, comment.BlockIndex);
    }

    [Fact]
    public void Thread_ends_where_the_page_goes_on_with_a_related_links_label()
    {
        // As in the w3m dumps of AEB pages ac3c0355 and ad9e9e59 (GiveWell's blog): the last comment, then the blog's own trailer.
        var thread = new CommentThreadDetector(Patterns).Detect(Page(
            [.. OneCommentThread,
            "",
            "Recent Blog Posts",
            "",
            "Want to stay updated on our research? Read our blog or follow us by email.",
            "",
            "Subscribe to email updates:"]));

        Assert.Equal([Kept, RemovalReasons.Comments, RemovalReasons.Comments, RemovalReasons.Comments, Kept, Kept, Kept], Reasons(thread.Blocks));
        Assert.Equal("Is Putin the problem in Syria? FBI Director Comey said so.", Assert.Single(thread.Comments).Comment.Text);
    }

    [Fact]
    public void Comments_link_in_the_menu_before_any_body_is_not_a_thread()
    {
        var thread = new CommentThreadDetector(Patterns).Detect(Page("Post a Comment", "", Body));
        Assert.Equal([Kept, Kept], Reasons(thread.Blocks));
        Assert.Empty(thread.Comments);
    }

    [Theory]
    [InlineData("September", "8:17 pm", "2016-09-10T20:17")]
    [InlineData("Sept.", "8:17 a.m.", "2016-09-10T08:17")]
    [InlineData("Sep", null, "2016-09-10")]
    public void Commenter_timestamps_become_local_iso_8601(string month, string? time, string expected)
    {
        Assert.Equal(expected, CommentDateParser.Parse(month + " 10, 2016", time));
    }
}
