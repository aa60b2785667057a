using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>
/// A lower-case word opening a byline element before a person's full name ("durch Stephan Markus", "przez Jana Kowalskiego"): the
/// markup already says the element credits the writer, and the element holds nothing else, so the word is the writer label of a
/// language the rules do not list.
/// </summary>
internal static partial class UnlistedWriterLabel
{
    /// <summary>Blocks and cells: words on either side of one are two entries (a handle in one row, the next contributor in the next), not a label and its name.</summary>
    private const string Blocks = "div, p, br, li, tr, td, th, dd, dt";

    /// <summary><paramref name="text"/> without such a label, or as it was when it opens otherwise.</summary>
    /// <param name="element">The byline element.</param>
    /// <param name="text">Its text.</param>
    /// <param name="names">Knows the lower-case particles a name may open with ("van Gogh", "de la Cruz").</param>
    public static string Without(IElement element, string text, AuthorNameNormalizer names)
    {
        if (LabelThenName().Match(text) is not { Success: true } m || names.IsNameParticle(m.Groups["label"].Value)
            || !NameShape.LooksLikePersonName(m.Groups["name"].Value) || element.QuerySelector(Blocks) is not null)
        {
            return text;
        }

        return text[m.Groups["name"].Index..];
    }

    /// <summary>The whole text is one lower-case word, then a name: a credit beside other text (a handle, then the next contributor) is left alone.</summary>
    [GeneratedRegex(@"^\s*(?<label>\p{Ll}+)\s+(?<name>\p{Lu}[^|,;/·•]*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelThenName();
}
