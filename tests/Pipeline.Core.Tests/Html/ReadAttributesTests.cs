using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public sealed partial class ReadAttributesTests
{
    [Fact]
    public void Every_attribute_the_engine_source_asks_for_is_kept()
    {
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Pipeline.Core"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            foreach (Match call in AttributeCall().Matches(source))
            {
                asked.Add(call.Groups["name"].Value);
            }

            // The head scan reads its attributes in one pass, switching on their names.
            if (Path.GetFileName(file) == "ScannedAttributes.cs")
            {
                foreach (Match label in CaseLabel().Matches(source))
                {
                    asked.Add(label.Groups["name"].Value);
                }
            }

            foreach (Match selector in SelectorCall().Matches(source))
            {
                foreach (Match attribute in SelectorAttribute().Matches(selector.Groups["selector"].Value))
                {
                    asked.Add(attribute.Groups["name"].Value);
                }
            }
        }

        // The scan must find the engine's reads, or it would pass having checked nothing.
        Assert.Superset(new SortedSet<string> { "class", "datetime", "data-utime", "data-testid", "href", "itemprop", "role", "style", "aria-hidden" }, asked);
        Assert.Equal([], [.. asked.Where(name => !ReadAttributes.Keeps(name.ToLowerInvariant()))]);
    }

    [Fact]
    public void Meta_tag_keys_are_read_from_every_naming_attribute_after_the_parse()
    {
        using var document = HtmlDocumentParser.Parse(
            "<html><head><meta name='author' content='A'><meta property='og:title' content='T'><meta itemprop='datePublished' content='2024-01-02'>"
            + "<meta http-equiv='last-modified' content='2024-01-03'><meta name='date' pubdate datetime='2024-01-04'></head><body></body></html>");

        var tags = MetaTags.Read(document);

        Assert.Equal(["A"], tags.All("author"));
        Assert.Equal(["T"], tags.All("og:title"));
        Assert.Equal(["2024-01-02"], tags.All("datepublished"));
        Assert.Equal(["2024-01-03"], tags.All("last-modified"));
        Assert.Equal(["2024-01-04"], tags.All("pubdate"));
    }

    [Fact]
    public void Attributes_nothing_reads_are_not_built()
    {
        var body = HtmlTestDocuments.Body("<div onclick='go()' data-track='x' sizes='50vw' class='c' id='i' data-time='1700000000'>t</div>");
        var div = body.FirstElementChild!;

        Assert.Equal(["class", "id", "data-time"], div.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void Attributes_the_tree_builder_reads_keep_the_tree_the_parser_builds_without_the_filter()
    {
        const string html = "<html><body><table><tr><td>a</td></tr><input type='hidden' name='h'></table>"
            + "<svg><text>x</text><font color='red'>out of svg</font></svg>"
            + "<math><annotation-xml encoding='text/html'><p>html inside</p></annotation-xml></math></body></html>";

        using var filtered = HtmlDocumentParser.Parse(html);
        using var unfiltered = new HtmlParser().ParseDocument(html);

        Assert.Equal(Shape(unfiltered.DocumentElement), Shape(filtered.DocumentElement));
    }

    [Fact]
    public void Dataset_pages_parse_to_the_same_tree_with_the_same_kept_attributes_as_without_the_filter()
    {
        var pages = 0;
        foreach (var html in Matching.DatasetPageText.AebHtml(int.MaxValue))
        {
            using var filtered = HtmlDocumentParser.Parse(html);
            using var unfiltered = new HtmlParser(new HtmlParserOptions { SkipComments = true, SkipProcessingInstructions = true }).ParseDocument(html);
            Assert.Equal(Shape(unfiltered.DocumentElement), Shape(filtered.DocumentElement));
            pages++;
        }

        Assert.True(pages > 100, $"{pages} pages");
    }

    /// <summary>Every node's name, namespace and text, and the kept attributes with their values, in document order.</summary>
    private static string Shape(IElement root)
    {
        var shape = new System.Text.StringBuilder();
        Append(root);
        return shape.ToString();

        void Append(INode node)
        {
            shape.Append('<').Append(node.NodeName);
            if (node is IElement element)
            {
                shape.Append(' ').Append(element.NamespaceUri);
                foreach (var attribute in element.Attributes.Where(a => ReadAttributes.Keeps(a.Name)))
                {
                    shape.Append(' ').Append(attribute.Name).Append('=').Append(attribute.Value);
                }
            }
            else if (node is ICharacterData text)
            {
                shape.Append(' ').Append(text.Data);
            }

            shape.Append('>');
            foreach (var child in node.NodeChildren())
            {
                Append(child);
            }
        }
    }

    [GeneratedRegex("""(?:Get|Has)Attribute\("(?<name>[^"]+)"\)""")]
    private static partial Regex AttributeCall();

    [GeneratedRegex("""QuerySelector(?:All)?\("(?<selector>[^"]+)"\)""")]
    private static partial Regex SelectorCall();

    [GeneratedRegex(@"\[(?<name>[\w:-]+)")]
    private static partial Regex SelectorAttribute();

    [GeneratedRegex("""case "(?<name>[^"]+)":""")]
    private static partial Regex CaseLabel();
}
