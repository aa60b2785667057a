using System.Net;
using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Html;

/// <summary>
/// Renders a JSON element-node tree back to HTML: an element names its tag (<c>tagName</c>, <c>tag</c>, <c>type</c>, <c>nodeType</c> or
/// <c>_type</c>) and holds its nodes in <c>children</c> or <c>content</c>; a text leaf holds its words in <c>data</c>, <c>value</c> or <c>text</c>.
/// Nodes that name no text element (embeds, ads, images) render their text children only.
/// </summary>
public static class NodeTreeHtml
{
    private static readonly string[] NameKeys = ["tagName", "tag", "type", "nodeType", "_type"];
    private static readonly string[] ChildKeys = ["children", "content"];
    private static readonly string[] TextKeys = ["data", "value", "text"];

    /// <summary>Elements whose text is code, not words.</summary>
    private static readonly HashSet<string> CodeNames = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "iframe" };

    /// <summary>HTML text tags a tree may name as they are.</summary>
    private static readonly HashSet<string> TextTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "a", "strong", "em", "b", "i", "u", "br", "sub", "sup", "table", "tr", "td", "th",
    };

    /// <summary>Editor node names for the same elements (Contentful, Portable Text, Slate and similar rich-text models).</summary>
    private static readonly Dictionary<string, string> EditorNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paragraph"] = "p",
        ["block"] = "p",
        ["heading-1"] = "h2",
        ["heading-2"] = "h2",
        ["heading-3"] = "h3",
        ["heading-4"] = "h4",
        ["unordered-list"] = "ul",
        ["bulleted-list"] = "ul",
        ["ordered-list"] = "ol",
        ["numbered-list"] = "ol",
        ["list-item"] = "li",
        ["quote"] = "blockquote",
        ["hyperlink"] = "a",
        ["link"] = "a",
    };

    /// <summary>Appends one node's HTML; returns how many paragraphs it holds.</summary>
    public static int Append(JsonElement node, StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (node.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var children = Children(node);
        if (children is null)
        {
            // A leaf: text, or an element with nothing in it (an image, an ad slot) that adds no words.
            if (Text(node) is { } text)
            {
                html.Append(WebUtility.HtmlEncode(text));
            }

            return 0;
        }

        if (NamesAny(node, CodeNames))
        {
            return 0;
        }

        var tag = Tag(node);
        if (tag is not null)
        {
            html.Append('<').Append(tag).Append('>');
        }

        var paragraphs = tag is "p" ? 1 : 0;
        foreach (var child in children.Value.EnumerateArray())
        {
            paragraphs += Append(child, html);
        }

        if (tag is not null)
        {
            html.Append("</").Append(tag).Append('>');
        }

        return paragraphs;
    }

    private static JsonElement? Children(JsonElement node)
    {
        foreach (var key in ChildKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                return value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement node)
    {
        foreach (var key in TextKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static bool NamesAny(JsonElement node, HashSet<string> names)
    {
        foreach (var key in NameKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && names.Contains(value.GetString()!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The HTML tag a node names, or null for a node whose own element is not text (its children still render).</summary>
    private static string? Tag(JsonElement node)
    {
        foreach (var key in NameKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } name)
            {
                if (TextTags.Contains(name))
                {
                    return name.ToLowerInvariant();
                }

                if (EditorNames.TryGetValue(name, out var tag))
                {
                    return tag;
                }
            }
        }

        return null;
    }
}
