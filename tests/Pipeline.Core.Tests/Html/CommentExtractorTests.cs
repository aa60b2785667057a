using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class CommentExtractorTests
{
    [Fact]
    public void Reader_comments_become_comments_with_author_date_and_text_and_leave_the_body()
    {
        var body = HtmlTestDocuments.Body($"""
            <article><p>{HtmlTestDocuments.Paragraph("One")}</p><p>{HtmlTestDocuments.Paragraph("Two")}</p><p>{HtmlTestDocuments.Paragraph("Three")}</p></article>
            <section id="comments">
              <ol>
                <li class="comment"><span class="comment-author">Anna</span><time datetime="2024-03-02T10:00:00Z">2 March</time><p>Great piece.</p></li>
                <li class="comment"><span class="comment-author">Ben</span><time datetime="2024-03-03">3 March</time><p>I disagree.</p><p>Strongly.</p></li>
              </ol>
            </section>
            """);
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Equal(
            [new Comment("Anna", "2024-03-02T10:00:00Z", "Great piece."), new Comment("Ben", "2024-03-03", "I disagree.\n\nStrongly.")],
            comments);
        Assert.True(pruned.IsRemoved(body.QuerySelector("#comments")!));
        Assert.Equal(RemovalReasons.Comments, Assert.Single(pruned.Audit).Reason);
    }

    [Fact]
    public void Commentary_article_is_not_taken_for_a_comment_section()
    {
        var body = HtmlTestDocuments.Body($"<div class=\"commentary article\"><p>{HtmlTestDocuments.Paragraph("Opinion")}</p></div>");
        var pruned = new PruneMap();

        var comments = new CommentExtractor(HtmlTestDocuments.Patterns).Extract(body, TextStatistics.Compute(body, null), pruned);

        Assert.Empty(comments);
        Assert.Equal(0, pruned.Count);
    }
}
