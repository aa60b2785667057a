using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Text;

/// <summary>A headline names what the story's opening tells: the words a heading above the body shares with its first paragraphs.</summary>
public sealed partial class HeadlineEcho
{
    private const int LeadParagraphs = 3;
    private const int MinWordLetters = 4;

    private readonly FrozenSet<string> _functionWords;
    private readonly int _proseMinWords;

    public HeadlineEcho(MetadataRules metadata, TextRules text)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(text);
        // The languages' commonest words ("this", "would", "nicht") are shared by any two texts.
        _functionWords = metadata.LanguageWords.Values.SelectMany(words => words.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);
        _proseMinWords = text.ProseMinWords;
    }

    /// <summary>The distinct telling words (lower case) of the first prose paragraphs from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public HashSet<string> LeadWords(IReadOnlyList<TextBlock> blocks, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = 0;
        for (var i = first; i <= last && i < blocks.Count && paragraphs < LeadParagraphs; i++)
        {
            if (!blocks[i].IsRemoved && LineShape.IsProse(blocks[i].Content, _proseMinWords))
            {
                paragraphs++;
                words.UnionWith(Words(blocks[i].Content));
            }
        }

        return words;
    }

    /// <summary>How many distinct telling words of <paramref name="heading"/> the lead holds.</summary>
    public int Shared(string heading, HashSet<string> lead)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(lead);
        return Words(heading).Distinct(StringComparer.Ordinal).Count(lead.Contains);
    }

    private List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            if (match.Length >= MinWordLetters && text.Substring(match.Index, match.Length).ToLowerInvariant() is var word && !_functionWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
