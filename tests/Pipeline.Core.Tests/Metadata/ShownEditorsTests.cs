using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The names the byline elements label as editors.</summary>
public sealed class ShownEditorsTests
{
    private static readonly MetadataRules Rules = RuleSet.Embedded.Metadata;
    private readonly ArticleHeadScanner _scanner = new(Rules);
    private readonly ShownEditors _editors;

    public ShownEditorsTests()
    {
        var bylines = new BylineParser(Rules);
        _editors = new ShownEditors(Rules, bylines, new BylineElementText(Rules, new HeadingReader(Rules), new BylineParser(Rules).Names));
    }

    [Fact]
    public void The_name_after_an_editor_label_in_the_author_box_is_an_editor()
    {
        // mediaindonesia.com: the writer's box, then the editor's box below the story.
        using var document = HtmlDocumentParser.Parse("<html lang=\"id\"><body><article><h1>Harga emas naik lagi</h1>"
            + "<div class=\"info-author\"><a class=\"author\" href=\"/author/1/naufal-zuhdi\">Naufal Zuhdi</a></div>"
            + "<p>Harga emas kembali naik pada perdagangan hari ini.</p>"
            + "<div class=\"info-author\"> Editor : <a title=\"Heryadi\" href=\"https://mediaindonesia.com/author/112/heryadi\" class=\"author\">Heryadi</a> </div>"
            + "</article></body></html>");
        Assert.Equal(["Heryadi"], _editors.Find(_scanner.Scan(document, null)));
    }
}
