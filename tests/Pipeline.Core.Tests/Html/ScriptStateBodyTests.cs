using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public class ScriptStateBodyTests
{
    private const string Title = "Council approves the new harbour bridge";

    private static readonly string Article = string.Concat(
        "<p>The council approved the new harbour bridge on Tuesday after a debate that lasted most of the afternoon and well into the evening.</p>",
        "<figure><img src=\"a.jpg\"><figcaption>The bridge as planned.</figcaption></figure>",
        "<p>Work on the bridge is to start in spring, the mayor said, and the crossing should open to traffic within three years of that.</p>",
        "<p>Opponents of the plan said the council had not weighed the cost of the bridge against repairs to the two ferries it replaces.</p>");

    private static string? Find(string scriptsHtml, string? title = Title) =>
        ScriptStateBody.Find(HtmlTestDocuments.Body(scriptsHtml).QuerySelectorAll("script"), title);

    private static string Escaped(string html) => html.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal);

    [Fact]
    public void The_article_html_in_a_state_object_is_found_with_its_escapes_resolved()
    {
        var found = Find($$$"""<script>window.__STATE__ = {"article":{"id":7,"contentHtml":"{{{Escaped(Article)}}}","tags":["a"]}};</script>""");

        Assert.Equal(Article, found);
    }

    [Fact]
    public void Half_an_emoji_in_the_state_is_dropped_from_the_article_html()
    {
        var cut = Article.Replace("three years", @"three \ud83d years, \ud83d\ude00", StringComparison.Ordinal);

        var found = Find($$$"""<script>window.__STATE__ = {"article":{"id":7,"contentHtml":"{{{Escaped(cut)}}}","tags":["a"]}};</script>""");

        Assert.Equal(Article.Replace("three years", "three  years, \ud83d\ude00", StringComparison.Ordinal), found);
    }

    [Fact]
    public void Json_serialised_into_a_string_is_read_one_level_down()
    {
        var inner = $$"""{"body":"{{Escaped(Article)}}"}""";
        var pushed = inner.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

        var found = Find($$"""<script>self.__next_f.push([1,"{{pushed}}"])</script>""");

        Assert.Equal(Article, found);
    }

    [Fact]
    public void Html_that_does_not_tell_of_the_title_is_not_the_article()
    {
        var promotion = string.Concat(Enumerable.Repeat("<p>Our region is built on innovation, entrepreneurship, education and opportunity for everyone who lives here.</p>", 3));

        Assert.Null(Find($$"""<script>var promo = {"html":"{{Escaped(promotion)}}"};</script>"""));
        Assert.Null(Find($$"""<script>var s = {"html":"{{Escaped(Article)}}"};</script>""", title: null));
    }

    [Fact]
    public void Fewer_than_three_paragraphs_external_and_json_ld_scripts_are_not_read()
    {
        var two = Article[..Article.LastIndexOf("<p>", StringComparison.Ordinal)] + " and a tail long enough to pass the length floor of five hundred characters, more or less, with words.";

        Assert.Null(Find($$"""<script>var s = {"html":"{{Escaped(two)}}"};</script>"""));
        Assert.Null(Find($$"""<script type="application/ld+json">{"articleBody":"{{Escaped(Article)}}"}</script>"""));
        Assert.Null(Find($$"""<script src="/app.js">{"html":"{{Escaped(Article)}}"}</script>"""));
    }

    [Fact]
    public void A_quote_inside_a_comment_does_not_hide_the_strings_after_it()
    {
        var found = Find($$"""
            <script>// the editor's "draft
            var s = {"html":"{{Escaped(Article)}}"};</script>
            """);

        Assert.Equal(Article, found);
    }
}
