using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>
/// The article's body as a script-rendered page ships it when its state holds the body as a tree of element nodes instead of an HTML
/// string (<c>{"type":"p","children":[{"type":"text","data":"…"}]}</c> as htmlparser2 and hast write it, Contentful's
/// <c>{"nodeType":"paragraph","content":[…]}</c>, Portable Text's <c>{"_type":"block","children":[{"text":"…"}]}</c>), rendered back to HTML.
/// Only the tree whose owning object carries the page's title as its headline is the article: a state also holds the bodies of related stories.
/// </summary>
public static class ScriptNodeTreeBody
{
    /// <summary>A headline covers at least this share of the title's words.</summary>
    private const double MinHeadlineWordShare = 0.8;

    /// <summary>A title of fewer words may be a section's name ("News", "Blog"), which a listing's state also carries beside its teasers.</summary>
    private const int MinTitleWords = 3;

    /// <summary>How many enclosing objects up a tree's headline is looked for (the tree may sit in a wrapper such as <c>{"type":"json","json":[…]}</c>).</summary>
    private const int MaxHeadlineAncestors = 3;

    /// <summary>The HTML of the node tree with the most paragraphs that belongs to the page's headline, or null when no state holds one.</summary>
    public static string? Find(IEnumerable<IElement> scripts, string? title)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var titleWords = title is null ? [] : ScriptStateBody.Words(title).Where(w => w.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (titleWords.Count < MinTitleWords)
        {
            return null;
        }

        var search = new Search(titleWords, title!.Length);
        foreach (var script in scripts)
        {
            if (script.HasAttribute("src") || script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var code = script.TextContent;
            var open = code.IndexOf('{', StringComparison.Ordinal);
            if (open < 0 || !code.Contains("\"children\"", StringComparison.Ordinal) && !code.Contains("\"content\"", StringComparison.Ordinal))
            {
                continue;
            }

            // A state is assigned as an object literal that is JSON ("window.__STATE__ = {…};"): the reader stops at the object's end.
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(LoneSurrogates.DroppedFromJson(code[open..])), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            try
            {
                using var state = JsonDocument.ParseValue(ref reader);
                search.Walk(state.RootElement, []);
            }
            catch (JsonException)
            {
                // Code, not a state object.
            }
        }

        return search.Best;
    }

    private sealed class Search(List<string> titleWords, int titleLength)
    {
        private int _bestParagraphs;

        public string? Best { get; private set; }

        public void Walk(JsonElement element, List<JsonElement> owners)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                owners.Add(element);
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, owners);
                }

                owners.RemoveAt(owners.Count - 1);
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var html = new StringBuilder();
                var paragraphs = 0;
                foreach (var node in element.EnumerateArray())
                {
                    paragraphs += NodeTreeHtml.Append(node, html);
                }

                if (paragraphs >= ScriptStateBody.MinParagraphs && html.Length >= ScriptStateBody.MinHtmlChars)
                {
                    if (paragraphs > _bestParagraphs && IsHeadlined(owners))
                    {
                        (Best, _bestParagraphs) = (html.ToString(), paragraphs);
                    }

                    return;
                }

                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, owners);
                }
            }
        }

        /// <summary>Whether one of the nearest enclosing objects names the page's title in a string of its own (its headline).</summary>
        private bool IsHeadlined(List<JsonElement> owners)
        {
            for (var i = owners.Count - 1; i >= 0 && i >= owners.Count - MaxHeadlineAncestors; i--)
            {
                foreach (var property in owners[i].EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } text && text.Length <= 2 * titleLength && Covers(text))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool Covers(string text)
        {
            var words = ScriptStateBody.Words(WebUtility.HtmlDecode(text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return titleWords.Count(words.Contains) >= MinHeadlineWordShare * titleWords.Count;
        }
    }
}
