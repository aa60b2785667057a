using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public class ScriptNodeTreeBodyTests
{
    private const string Title = "Council approves the new harbour bridge";

    private static readonly string[] Sentences =
    [
        "The council approved the new harbour bridge on Tuesday after a debate that lasted most of the afternoon and well into the evening.",
        "Work on the bridge is to start in spring, the mayor said, and the crossing should open to traffic within three years of that.",
        "Opponents of the plan said the council had not weighed the cost of the bridge against repairs to the two ferries it replaces.",
        "A public meeting on the route of the approach roads is planned for March, when residents can comment on the drawings.",
        "The ferry operators said they would ask the regional court to review the decision before any contract is signed this year.",
    ];

    private static string? Find(string scriptsHtml, string? title = Title) =>
        ScriptNodeTreeBody.Find(HtmlTestDocuments.Body(scriptsHtml).QuerySelectorAll("script"), title);

    /// <summary>An htmlparser2-shaped paragraph node: <c>{"type":"p","children":[{"type":"text","data":"…"}]}</c>.</summary>
    private static string Paragraph(string text) => $$"""{"type":"p","children":[{"type":"text","data":"{{text}}"}]}""";

    private static string Body(int paragraphs) => string.Join(",", Sentences.Take(paragraphs).Select(Paragraph));

    [Fact]
    public void The_element_tree_under_the_pages_headline_is_rendered_back_to_html()
    {
        var found = Find($$$$"""<script>window.__APOLLO_STATE__={"story":{"headline":"{{{{Title}}}}","body":{"type":"json","json":[{{{{Body(4)}}}},{"type":"ad"}]}}};</script>""");

        Assert.Equal(string.Concat(Sentences.Take(4).Select(s => $"<p>{s}</p>")), found);
    }

    [Fact]
    public void A_state_whose_text_holds_half_an_emoji_is_read_without_the_half()
    {
        // System.Text.Json threw on reading such a string: the page was an internal error.
        var found = Find($$$$"""<script>window.__APOLLO_STATE__={"story":{"headline":"{{{{Title}}}}","body":[{{{{Body(4)}}}},{{{{Paragraph(@"Residents cheered \ud83d")}}}}]}};</script>""");

        Assert.Equal(string.Concat(Sentences.Take(4).Select(s => $"<p>{s}</p>")) + "<p>Residents cheered </p>", found);
    }

    [Fact]
    public void A_related_storys_longer_tree_under_another_headline_is_not_the_article()
    {
        var found = Find($$$"""
            <script>window.__STATE__={"related":[{"headline":"Ferry operators fear for their routes","body":[{{{Body(5)}}}]}],
            "story":{"headline":"{{{Title}}}","body":[{{{Body(4)}}}]}};</script>
            """);

        Assert.Equal(string.Concat(Sentences.Take(4).Select(s => $"<p>{s}</p>")), found);
    }

    [Fact]
    public void Editor_rich_text_nodes_map_to_html_elements_and_code_nodes_are_left_out()
    {
        var contentful = string.Join(",", Sentences.Take(4).Select(s => $$$"""{"nodeType":"paragraph","content":[{"nodeType":"text","value":"{{{s}}}"}]}"""));

        var found = Find($$$"""<script type="application/json">{"title":"{{{Title}}}","richText":{"nodeType":"document","content":[{"nodeType":"heading-2","content":[{"nodeType":"text","value":"Route"}]},{"type":"script","children":[{"type":"text","data":"track()"}]},{{{contentful}}}]}}</script>""");

        Assert.Equal("<h2>Route</h2>" + string.Concat(Sentences.Take(4).Select(s => $"<p>{s}</p>")), found);
    }

    [Fact]
    public void Trees_without_a_headline_under_a_short_section_title_with_too_few_paragraphs_or_in_code_are_not_read()
    {
        Assert.Null(Find($$$"""<script>var s={"story":{"id":7,"body":[{{{Body(5)}}}]}};</script>"""));
        Assert.Null(Find($$$"""<script>var s={"story":{"headline":"{{{Title}}}","body":[{{{Body(2)}}}]}};</script>"""));
        Assert.Null(Find($$$"""<script>var s={"story":{"headline":"{{{Title}}}","body":[{{{Body(4)}}}]}};</script>""", title: null));
        Assert.Null(Find($$$"""<script>var s={"section":{"name":"Harbour news","body":[{{{Body(5)}}}]}};</script>""", title: "Harbour news"));
        Assert.Null(Find($$$"""<script>function f(){ return {"children":1}; }</script>"""));
    }
}
