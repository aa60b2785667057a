using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>
/// Finds the article's standfirst (dek) in HTML: the opening block of the text when the page marks it as the one under the headline:
/// a block whose class names a lead, the one block <see cref="LeadFinder"/> found between headline and body, a paragraph in the article's
/// header below its headline, a subtitle heading straight after the headline, or a paragraph set in bold above plain ones. It stays in
/// the text, which publishers' own bodies open with.
/// </summary>
public sealed class StandfirstFinder(HtmlPatterns patterns)
{
    /// <summary>A dek is a sentence or two; shorter is a kicker, a label or a date line.</summary>
    private const int MinChars = 40;

    /// <summary>A dek is a sentence or two; more words are the article's opening paragraph.</summary>
    private const int MaxWords = 60;

    /// <summary>Fewer words are a label, a tag line or an address, not a sentence.</summary>
    private const int MinWords = 5;

    /// <summary>How far above the block the article's header may sit (header &gt; div.intro &gt; p).</summary>
    private const int MaxHeaderLevels = 4;

    /// <summary>The headline, bylines and date lines that the block stages dropped come before it: only the page's first few text blocks are looked at.</summary>
    private const int MaxLeaves = 12;

    /// <summary>How far above the block a class naming a lead may sit (div.standfirst &gt; p).</summary>
    private const int MaxNamedLevels = 3;

    /// <summary>
    /// The standfirst: the first of <paramref name="blocks"/> when it is marked as one, or null. <paramref name="parts"/> are the rendered
    /// elements in order, their first <paramref name="leadCount"/> the leads <see cref="LeadFinder"/> added before the chosen content.
    /// </summary>
    public string? Find(IReadOnlyList<IElement> parts, int leadCount, IReadOnlyList<TextBlock> blocks, TextStatistics stats, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(pruned);

        // The body must go on after it: a page whose text is one short block has no dek, only a text. An address is no sentence.
        if (blocks.Count < 2 || blocks[0] is not { Kind: TextBlockKind.Paragraph or TextBlockKind.Heading, IsLink: false } first
            || first.Text.Length < MinChars || WordCounter.Count(first.Text) is < MinWords or > MaxWords || first.Text.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        // Set in bold above plain paragraphs, the opening block is the page's lead-in (the German "Vorspann"), however it is classed; a bold
        // question answered in plain text, with another bold block after the answer, opens an interview.
        if (first is { Kind: TextBlockKind.Paragraph, IsEmphasized: true } && blocks[1] is { Kind: TextBlockKind.Paragraph, IsEmphasized: false }
            && !(first.Text.EndsWith('?') && blocks.Count > 2 && blocks[2].IsEmphasized))
        {
            return first.Text;
        }

        var leaves = 0;
        IElement? previous = null;
        for (var i = 0; i < parts.Count; i++)
        {
            if (FindLeaf(parts[i], first.Text, ref leaves, ref previous) is { } leaf)
            {
                // One block LeadFinder found between headline and body is the dek; several are the story's opening paragraphs set apart by the layout.
                return (i < leadCount && leadCount == 1) || IsNamedLead(leaf, parts[i]) || IsUnderHeadline(leaf, previous) ? first.Text : null;
            }

            if (leaves >= MaxLeaves)
            {
                break;
            }
        }

        return null;

        // The first block element holding text and no block, in document order, whose text is the block's; previous is the leaf before it.
        IElement? FindLeaf(IElement element, string text, ref int seen, ref IElement? before)
        {
            if (HtmlTags.Invisible.Contains(element.TagName) || pruned.IsRemoved(element) || stats[element] is not { TextChars: > 0 } s)
            {
                return null;
            }

            if (!s.HasBlockChild)
            {
                if (++seen > MaxLeaves)
                {
                    return null;
                }

                // The cap counts raw characters, before the markup's indentation and line breaks fold away.
                if (ElementText.Folded(element, (2 * text.Length) + 256) == text)
                {
                    return element;
                }

                before = element;
                return null;
            }

            foreach (var child in element.ElementChildren())
            {
                if (FindLeaf(child, text, ref seen, ref before) is { } leaf)
                {
                    return leaf;
                }

                if (seen > MaxLeaves)
                {
                    break;
                }
            }

            return null;
        }
    }

    /// <summary>The block, or a wrapper of it inside its part, has a class or id naming a lead ("standfirst", "dek", "intro", "teaser-text").</summary>
    private bool IsNamedLead(IElement leaf, IElement part)
    {
        var element = leaf;
        for (var level = 0; level < MaxNamedLevels && element is not null; level++, element = element.ParentElement)
        {
            if (patterns.Lead.IsMatch(element))
            {
                return true;
            }

            if (element == part)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// The block stands under the headline: a subtitle heading straight after the &lt;h1&gt;, or a paragraph in the article's header (a
    /// &lt;header&gt;, an &lt;hgroup&gt; or an element classed as a header, holding the headline before it, with perhaps a kicker or a date
    /// line between).
    /// </summary>
    private static bool IsUnderHeadline(IElement leaf, IElement? previous)
    {
        if (HtmlTags.IsHeading(leaf.TagName) && previous is { TagName: "H1" })
        {
            return true;
        }

        var element = leaf.ParentElement;
        for (var level = 0; level < MaxHeaderLevels && element is not null; level++, element = element.ParentElement)
        {
            if (element.TagName is "HEADER" or "HGROUP" || element.ClassName?.Contains("header", StringComparison.OrdinalIgnoreCase) is true)
            {
                return element.ElementsNamed("h1").Any(h => h.CompareDocumentPosition(leaf).HasFlag(DocumentPositions.Following));
            }
        }

        return false;
    }
}
