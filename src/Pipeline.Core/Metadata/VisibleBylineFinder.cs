using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Finds a written "By Jane Doe" / "Von Jane Doe" just under (or above) the heading, read strictly: only person-like names count.</summary>
internal sealed partial class VisibleBylineFinder(BylineParser bylines, HeadingLineBylineFinder lineBylines)
{
    /// <summary>A paragraph this short may be a byline paragraph on its own.</summary>
    private const int ShortBlock = 120;

    /// <summary>The byline and its folded text; with <paramref name="personOnly"/>, only one that names a person.</summary>
    public (string Text, Byline Byline)? Find(ArticleHead head, IElement? articleRoot, bool personOnly)
    {
        List<string>? blocks = null;
        List<string>? marked = null;
        var text = head.TextAfterHeading.Length > 600 ? head.TextAfterHeading[..600] : head.TextAfterHeading;
        foreach (var written in (ReadOnlySpan<string>)[text, head.TextBeforeHeading])
        {
            // A hyphenating template splits the name into syllables with soft hyphens ("Mat&shy;thi&shy;as Lauerer").
            var source = AuthorNameNormalizer.WithoutSoftHyphens(written);
            var m = VisibleByline().Match(source);
            var value = m.Success ? lineBylines.WithoutMonth(m.Value, source[(m.Index + m.Length)..]) : "";
            if (m.Success)
            {
                if (blocks is null)
                {
                    (blocks, marked) = ShortBlocks(head.Heading, articleRoot);
                }

                value = WithinItsBlock(value, blocks);
            }

            // A news agency the catalogue knows ("Por Agencia EFE") is a byline too; any other organisation is not.
            // A linked or bold name ends the name ("Von <a>Jane Doe</a><br>Nairobi"): the capitalised words after it are a place or a role.
            if (m.Success && MarkedNameEnd.Apply(bylines.Parse(value), marked!, bylines) is { } found && (found.Authors.Count > 0 || (!personOnly && found.Agencies.Count > 0 && found.Agencies.All(a => bylines.Agencies.Match(a) is not null))))
            {
                return (WhitespaceFolder.FoldLine(value), found);
            }
        }

        return null;
    }

    /// <summary>
    /// The byline cut where its paragraph ends: the text after the heading runs paragraphs together, so a dateline's place in the next
    /// one ("&lt;p&gt;By Cristina Alonso&lt;/p&gt;&lt;p&gt;London, Jun 11 (EFE)") would read as a surname.
    /// </summary>
    private static string WithinItsBlock(string value, List<string> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Length < value.Length && value[block.Length] == ' ' && value.StartsWith(block, StringComparison.Ordinal) && VisibleByline().Match(block) is { Success: true, Index: 0 })
            {
                return block;
            }
        }

        return value;
    }

    /// <summary>
    /// The folded texts of the short paragraphs in the heading's section and the article body, where a byline paragraph sits, and
    /// of the links and bold runs there that can hold a name.
    /// </summary>
    private static (List<string> Blocks, List<string> Marked) ShortBlocks(IElement? heading, IElement? articleRoot)
    {
        var blocks = new List<string>();
        var marked = new List<string>();
        foreach (var scope in (ReadOnlySpan<IElement?>)[heading?.ParentElement?.ParentElement, articleRoot])
        {
            if (scope is null)
            {
                continue;
            }

            foreach (var element in scope.QuerySelectorAll("p, li, address, h2, h3, h4, h5, h6, a, strong, b"))
            {
                if (element.LocalName is "a" or "strong" or "b")
                {
                    if (MarkedNameEnd.MarkedName(element) is { } name)
                    {
                        marked.Add(name);
                    }
                }
                else if (ElementText.Length(element, ShortBlock + 1) <= ShortBlock)
                {
                    // Without soft hyphens, as the byline read from the text is: else "Von Mat&shy;thi&shy;as Lauerer" never heads its block.
                    blocks.Add(WhitespaceFolder.FoldLine(AuthorNameNormalizer.WithoutSoftHyphens(element.TextContent)));
                }
                else if (FirstBrokenLine(element) is { } firstLine)
                {
                    blocks.Add(firstLine);
                }
            }
        }

        return (blocks, marked);
    }

    /// <summary>
    /// The first line of a long paragraph that a line break ends ("&lt;p&gt;Von Jane Doe&lt;br&gt;Sie ist …"): a byline written on the story's
    /// first line stops at the break, and the next line's first word is not a surname. Null when no break ends a short first line.
    /// </summary>
    private static string? FirstBrokenLine(IElement paragraph)
    {
        if (paragraph.LocalName != "p")
        {
            return null;
        }

        var line = new System.Text.StringBuilder();
        foreach (var child in paragraph.ChildNodes)
        {
            if (child is IElement { LocalName: "br" })
            {
                return WhitespaceFolder.FoldLine(line.ToString()) is { Length: > 0 } text ? text : null;
            }

            line.Append(child.TextContent);
            if (line.Length > ShortBlock)
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\p{L})(?:(?:By|Von|Par|Por|Door|Di|Av|Af)(?:\s?:)?|(?i:" + WriterLabels.Noun + @")\s?:|Text:|Tekst:|Texto:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|der|la|del|da|di))*(?:\s*(?:,|und|and|&|y|e|en|og|och)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)*", RegexOptions.CultureInvariant)]
    private static partial Regex VisibleByline();
}
