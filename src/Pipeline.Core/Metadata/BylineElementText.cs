using AngleSharp.Dom;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>The text a byline element credits: its content attribute, a schema.org Person's name, or its text with block children kept apart and social-account links, kickers and hidden parts left out.</summary>
internal sealed class BylineElementText(MetadataRules rules, HeadingReader headings, AuthorNameNormalizer names)
{
    private readonly SocialNetworkHosts _socialHosts = new(rules);
    private readonly System.Buffers.SearchValues<string> _categoryLinks = System.Buffers.SearchValues.Create([.. rules.CategoryLinkPatterns], StringComparison.OrdinalIgnoreCase);

    public string Read(IElement element)
    {
        if (element.GetAttribute("content") is { Length: > 0 } content)
        {
            return content;
        }

        // A schema.org Person block: its name property is the name; job titles and bios around it are not.
        var name = element.QuerySelector("[itemprop~='name' i]");
        return name is not null && name != element ? name.TextContent : TextWithBreaks(element);
    }

    /// <summary>The element's text with block children separated, so "Jenny Smith&lt;div&gt;Editor&lt;/div&gt;" does not run together.</summary>
    private string TextWithBreaks(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        Append(element);
        return builder.ToString();

        void Append(INode node)
        {
            IElement? previousInline = null;
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e)
                {
                    if (e.LocalName is "script" or "style" or "time" or "img" or "svg" or "button" || headings.IsKickerOrHidden(e) || IsSocialProfileLink(e) || IsIconGlyph(e) || IsCategoryLink(e) || IsControl(e))
                    {
                        continue;
                    }

                    var isBlock = e.LocalName is "div" or "p" or "br" or "li" or "ul" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
                    var block = isBlock || (previousInline is not null && IsSeparateCredit(previousInline, e)) ? " | " : " ";
                    builder.Append(block);
                    Append(e);
                    builder.Append(block);
                    previousInline = isBlock ? null : e;
                }
                else if (child.NodeType == NodeType.Text)
                {
                    builder.Append(child.TextContent);
                    if (!string.IsNullOrWhiteSpace(child.TextContent))
                    {
                        previousInline = null;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Two spans or links side by side with nothing but space between, each of several words ("&lt;span&gt;Jane Doe&lt;/span&gt;
    /// &lt;span&gt;John Roe&lt;/span&gt;"): the markup keeps apart two credits the text runs together. One-word parts are one name's halves, and a part
    /// ending in "von" or "by" introduces the next.
    /// </summary>
    private static bool IsSeparateCredit(IElement previous, IElement next) =>
        previous.LocalName is "span" or "a" && next.LocalName is "span" or "a"
        && HasSeveralWords(previous) && HasSeveralWords(next) && !WriterLabels.Closing().IsMatch(previous.TextContent);

    private static bool HasSeveralWords(IElement element)
    {
        var text = element.TextContent.AsSpan().Trim();
        return text.IndexOfAny(' ', '\u00a0', '\n') > 0;
    }

    /// <summary>
    /// A link or label that says nothing but a call to action ("Follow" beside the name in an author card): a control of the page, whose
    /// text would otherwise run into the name ("Inga Hoeltmann Follow").
    /// </summary>
    public bool IsControl(IElement element) =>
        element.LocalName is "a" or "span" && element.ChildNodes.Length == 1 && element.FirstChild is IText text && names.IsInterfacePhrase(text.Data);

    /// <summary>An icon of a ligature font: its text names the glyph ("turned_in", "person") and would read as a word of the name.</summary>
    private bool IsIconGlyph(IElement element)
    {
        foreach (var token in element.ClassList)
        {
            foreach (var prefix in rules.IconFontClassPrefixes)
            {
                if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A link to the story's category or tag ("Werkstatt" beside the writer and the date): the section, not a name.</summary>
    private bool IsCategoryLink(IElement element) =>
        element.LocalName == "a"
        && ((element.GetAttribute("href") is { Length: > 0 } href && href.AsSpan().ContainsAny(_categoryLinks))
            || (element.GetAttribute("rel") is { } rel && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("tag", StringComparison.OrdinalIgnoreCase) || r.Equals("category", StringComparison.OrdinalIgnoreCase))));

    /// <summary>A link to a social network ("herrpfleger" on Twitter beside "Matthias"): its text is an account, not part of the name.</summary>
    private bool IsSocialProfileLink(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href || !Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return _socialHosts.Contains(uri.Host);
    }
}
