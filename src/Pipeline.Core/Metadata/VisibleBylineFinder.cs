using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Finds a written "By Jane Doe" / "Von Jane Doe" just under (or above) the heading, read strictly: only person-like names count.</summary>
internal sealed partial class VisibleBylineFinder(BylineParser bylines, HeadingLineBylineFinder lineBylines)
{
    /// <summary>A name a byline closing a paragraph gives has at most this many words.</summary>
    private const int MaxNameWords = 5;

    /// <summary>The byline and its folded text; with <paramref name="personOnly"/>, only one that names a person.</summary>
    public (string Text, Byline Byline)? Find(ArticleHead head, IElement? articleRoot, bool personOnly)
    {
        BylineBlocks? blocks = null;
        var text = head.TextAfterHeading.Length > 600 ? head.TextAfterHeading[..600] : head.TextAfterHeading;
        foreach (var written in (ReadOnlySpan<string>)[text, head.TextBeforeHeading])
        {
            // A hyphenating template splits the name into syllables with soft hyphens ("Mat&shy;thi&shy;as Lauerer").
            var source = AuthorNameNormalizer.WithoutSoftHyphens(written);
            var m = VisibleByline().Match(source);
            var value = m.Success ? lineBylines.WithoutMonth(m.Value, source[(m.Index + m.Length)..]) : "";
            if (m.Success)
            {
                blocks ??= BylineBlocks.Read(head.Heading, articleRoot);
                value = WithinItsBlock(value, blocks);
            }

            // A run of labelled words is a menu's facets ("By Cuisine By Occasion Quick & Easy Recipes"), not one credit.
            if (m.Success && SecondLabel().IsMatch(value))
            {
                continue;
            }

            // A news agency the catalogue knows ("Por Agencia EFE") is a byline too; any other organisation is not.
            // A linked or bold name ends the name ("Von <a>Jane Doe</a><br>Nairobi"): the capitalised words after it are a place or a role.
            if (m.Success && MarkedNameEnd.Apply(bylines.Parse(value), blocks!.Marked, bylines) is { } found && (found.Authors.Count > 0 || (!personOnly && found.Agencies.Count > 0 && found.Agencies.All(a => bylines.Agencies.Match(a) is not null))))
            {
                return (WhitespaceFolder.FoldLine(value), found);
            }
        }

        return null;
    }

    /// <summary>
    /// The byline cut where its paragraph ends: the text after the heading runs paragraphs together, so a dateline's place in the next
    /// one ("&lt;p&gt;By Cristina Alonso&lt;/p&gt;&lt;p&gt;London, Jun 11 (EFE)", "… die Geier. Von Armin Schwibach&lt;/p&gt;&lt;p&gt;Rom (kath.net)")
    /// would read as a surname.
    /// </summary>
    private static string WithinItsBlock(string value, BylineBlocks blocks)
    {
        foreach (var block in blocks.Short)
        {
            if (block.Length < value.Length && value[block.Length] == ' ' && value.StartsWith(block, StringComparison.Ordinal) && VisibleByline().Match(block) is { Success: true, Index: 0 })
            {
                return block;
            }
        }

        // Closing a long paragraph (a dek that ends with its writer), the byline ends where that paragraph does; a name of two
        // words has nothing to cut, and checking from the longest prefix keeps a name that runs on inside the paragraph whole.
        // Only cuts that leave the label and a name of at most MaxNameWords words are tried: the paragraphs are read a few times,
        // not once per word of a long run of capitalised words.
        if (value.AsSpan().Count(' ') < 3)
        {
            return value;
        }

        var cuts = new List<int>(MaxNameWords);
        for (var at = value.IndexOf(' '); at > 0 && cuts.Count <= MaxNameWords; at = value.IndexOf(' ', at + 1))
        {
            cuts.Add(at);
        }

        for (var k = cuts.Count - 1; k >= 1; k--)
        {
            var cut = cuts[k];
            var start = value.AsSpan(0, cut);
            foreach (var paragraph in blocks.LongTexts())
            {
                if (paragraph.AsSpan().EndsWith(start, StringComparison.Ordinal) && (paragraph.Length == cut || paragraph[^(cut + 1)] == ' '))
                {
                    return value[..cut];
                }
            }
        }

        return value;
    }

    [GeneratedRegex(@"(?<=\s)(?:By|Von|Par|Por)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SecondLabel();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:By|Von|Par|Por|Door|Di|Av|Af)(?:\s?:)?|(?i:" + WriterLabels.Noun + @")\s?:|Text:|Tekst:|Texto:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|der|la|del|da|di))*(?:\s*(?:,|und|and|&|y|e|en|og|och)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)*", RegexOptions.CultureInvariant)]
    private static partial Regex VisibleByline();
}
