using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The paragraphs of the heading's section and the article body a written byline can end with: short ones (a byline paragraph of its
/// own), the first line of a long one that a line break ends, long ones (a dek closed by its writer's name), and the links and bold runs
/// that can hold a name.
/// </summary>
internal sealed class BylineBlocks
{
    /// <summary>A paragraph this short may be a byline paragraph on its own.</summary>
    private const int ShortBlock = 120;

    private readonly List<IElement> _long = [];
    private List<string>? _longTexts;

    private BylineBlocks()
    {
    }

    /// <summary>The folded texts of the short paragraphs and of the first lines that a break ends.</summary>
    public List<string> Short { get; } = [];

    /// <summary>The folded texts of the links and bold runs that can hold a whole name.</summary>
    public List<string> Marked { get; } = [];

    /// <summary>Reads the blocks under the heading's grandparent and the article root.</summary>
    public static BylineBlocks Read(IElement? heading, IElement? articleRoot)
    {
        var blocks = new BylineBlocks();
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
                        blocks.Marked.Add(name);
                    }
                }
                else if (ElementText.Length(element, ShortBlock + 1) <= ShortBlock)
                {
                    // Without soft hyphens, as the byline read from the text is: else "Von Mat&shy;thi&shy;as Lauerer" never heads its block.
                    blocks.Short.Add(Folded(element));
                }
                else if (FirstBrokenLine(element) is { } firstLine)
                {
                    blocks.Short.Add(firstLine);
                }
                else if (element.LocalName == "p")
                {
                    blocks._long.Add(element);
                }
            }
        }

        return blocks;
    }

    /// <summary>The folded texts of the long paragraphs, read on first use: only a byline of three words or more that no short block ends asks.</summary>
    public List<string> LongTexts() => _longTexts ??= _long.ConvertAll(Folded);

    private static string Folded(IElement element) => WhitespaceFolder.FoldLine(AuthorNameNormalizer.WithoutSoftHyphens(element.TextContent));

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
}
