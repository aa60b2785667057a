using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ReaderCommentsTests
{
    private readonly ReaderComments _readerComments = new(RuleSet.Embedded.Text);

    [Theory]
    [InlineData("Comments")]
    [InlineData("Kommentare:")]
    [InlineData("0")]
    [InlineData("+")]
    [InlineData("Show comments")]
    [InlineData("Schreibe einen Kommentar")]
    [InlineData("댓글0")]
    [InlineData("發表留言")]
    [InlineData("削除しました。")]
    public void Unsigned_undated_few_words_are_the_section_s_chrome(string text) =>
        Assert.True(_readerComments.IsChrome(new Comment(null, null, text)));

    // Trimmed from datasets/trafilatura regards.fr, golfpost.de and literaturgefluester.wordpress.com: the reply button's label printed
    // on a line of its own or after a bar at the end of the commenter's line.
    [Fact]
    public void Reply_labels_inside_a_comment_are_taken_out_of_its_text()
    {
        var comments = _readerComments.Of(
        [
            new Comment("gabriel", "2018-09-11T12:57", "très bien vos infos.\n\nRépondre\n\nArticles très bien faits."),
            new Comment("MK", null, "Keinerlei Golf gezeigt.\nGruß\nMK\nAntworten"),
            new Comment(null, "2019-01-01T00:45", "Ebenfalls alles Gute!\n\nKommentar von jancak — 2019-01-01 @ 00:45 | Antworten"),
            new Comment("Anne", null, "Reply"),
            new Comment("Tom", null, "I will reply to the council's letter tomorrow."),
        ]);

        Assert.Equal(
            ["très bien vos infos.\n\nArticles très bien faits.", "Keinerlei Golf gezeigt.\nGruß\nMK", "Ebenfalls alles Gute!", "I will reply to the council's letter tomorrow."],
            comments.Select(c => c.Text));
    }

    // Trimmed from datasets/trafilatura literaturgefluester.wordpress.com and internet-law.de: the theme signs the comment under its text.
    [Fact]
    public void Signature_line_under_an_unsigned_comment_names_its_commenter()
    {
        var comments = _readerComments.Of(
        [
            new Comment(null, "2019-01-01T00:45", "Ebenfalls alles Gute!\n\nKommentar von jancak — 2019-01-01 @ 00:45 | Antworten"),
            new Comment("Anne", null, "Gut gesagt.\nKommentar von jancak — 2019-01-01 @ 00:45"),
            new Comment(null, null, "Kommentar von jancak ist das Beste hier, und das sage ich seit 2019."),
        ]);

        Assert.Equal(
            [("jancak", "Ebenfalls alles Gute!"), ("Anne", "Gut gesagt.\nKommentar von jancak — 2019-01-01 @ 00:45"), (null, "Kommentar von jancak ist das Beste hier, und das sage ich seit 2019.")],
            comments.Select(c => (c.Author, c.Text)));
    }

    [Fact]
    public void The_german_cancel_reply_link_is_chrome() =>
        Assert.True(_readerComments.IsChrome(new Comment(null, null, "Hier klicken, um das Antworten abzubrechen.")));

    [Theory]
    // Dataset pages' comment sections: the form's prompt and cancel link, its spam notice, the sign-in wall, pingbacks.
    [InlineData("Kommentar verfassen Antwort abbrechen")]
    [InlineData("Kliknij tutaj, aby anulować odpowiadanie.")]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.")]
    [InlineData("You must be logged in to join the discussion or read more comments.Create an AccountSign in")]
    [InlineData("Du kommentierst mit Deinem Google-Konto. ( Abmelden / Ändern )")]
    [InlineData("Pingback: VIII. Heckenschützen | Es fährt kein Schiff nach Denver")]
    [InlineData("The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.")]
    [InlineData("Du musst angemeldet sein, um einen Kommentar abzugeben.")]
    [InlineData("Hier klicken, um die Antwort abzubrechen.")]
    [InlineData("Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:")]
    [InlineData("Benachrichtigung bei weiteren Kommentaren per E-Mail senden.")]
    [InlineData("Das Kommentieren dieses Artikels wurde deaktiviert.")]
    [InlineData("+ 88 weitere Antworten anzeigen")]
    [InlineData("Répondre à ce message")]
    [InlineData("Your comment contains a link, so it can't be published on our site")]
    public void Unsigned_undated_short_notices_of_the_comment_form_are_chrome(string text) =>
        Assert.True(_readerComments.IsChrome(new Comment(null, null, text)));

    [Theory]
    // Signed, or long enough to be a reader's own complaint about signing in.
    [InlineData("Anne", "I had to sign in three times before this page would load.")]
    [InlineData(null, "I had to sign in three times before this page would load, and when it finally did the article was cut off halfway through, which is the third time this week that has happened to me on this site; I am seriously considering cancelling my subscription altogether now.")]
    public void A_readers_comment_that_mentions_signing_in_is_kept(string? author, string text) =>
        Assert.False(_readerComments.IsChrome(new Comment(author, null, text)));

    [Theory]
    [InlineData(null, null, "I could not disagree more with the premise of this piece.")]
    [InlineData("Anne", null, "Chapeau!!")]
    [InlineData(null, "2022-09-15", "Chapeau!!")]
    [InlineData(null, null, "12/31 妹子小姐： 謝謝分享文章喲！")]
    public void Signed_dated_or_worded_comments_are_readers(string? author, string? publishedAt, string text) =>
        Assert.False(_readerComments.IsChrome(new Comment(author, publishedAt, text)));

    [Fact]
    public void Blog_comment_list_keeps_its_comments_and_loses_its_heading_and_form_link()
    {
        // readability/pixnet: the list opens with "留言列表 (42)" and "發表留言" (the list's heading and the form's link); each
        // <ul class="single-post"> is one signed, dated comment (read whole, their list once made one comment of them all). The side
        // column's "latest-comment" box (ten comments on other posts, "01/19 版主回覆： …") lists none of them.
        var path = Path.Combine(RepositoryPaths.Datasets, "readability", "pages", "pixnet", "source.html.gz");
        var outcome = new ArticleCleaner().Clean(new RawInput(DatasetFiles.ReadGzip(path), "pixnet.html", "text/html", null));

        var comments = outcome.Result!.Articles[0].Comments;
        Assert.Equal(39, comments.Count);
        Assert.DoesNotContain(comments, c => c.Text.StartsWith("01/19 版主回覆", StringComparison.Ordinal));
        Assert.Equal(("小鳳", "2013-12-28T10:28"), (comments[0].Author, comments[0].PublishedAt));
        Assert.Equal(("茜媽咪", "2013-12-28T10:42"), (comments[1].Author, comments[1].PublishedAt));
        Assert.DoesNotContain(comments, c => c.Text is "留言列表 (42)" or "發表留言");
    }
}
