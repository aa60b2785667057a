using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>Finds a byline written as a lone bold or italic paragraph ("&lt;p&gt;&lt;strong&gt;Jane Doe&lt;/strong&gt;&lt;/p&gt;") among the first or the last paragraphs of the article body.</summary>
public static class BodyEdgeBylineFinder
{
    private const int EdgeParagraphs = 3;
    private const int MaxLength = 80;
    private const int MaxItalicLength = 40;

    /// <summary>The byline text, or null when neither edge of the body holds one.</summary>
    /// <param name="articleRoot">The element chosen as main content.</param>
    /// <param name="parser">Reads the candidate strictly: only person-like names count.</param>
    public static (string Text, Byline Byline)? Find(IElement? articleRoot, BylineParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        if (articleRoot is null)
        {
            return null;
        }

        var paragraphs = articleRoot.QuerySelectorAll("p").Where(p => !string.IsNullOrWhiteSpace(p.TextContent)).ToList();
        if (paragraphs.Count < 3)
        {
            return null;
        }

        string? bodyText = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // At the top a byline comes before the story's prose; at the bottom nothing follows it.
            var atTop = i < EdgeParagraphs && i + 1 < paragraphs.Count && paragraphs[i + 1].TextContent.Trim().Length > 100;
            var atBottom = i == paragraphs.Count - 1;
            if (!atTop && !atBottom)
            {
                continue;
            }

            var paragraph = paragraphs[i];
            var text = paragraph.TextContent.Trim();
            if (text.Length is < 4 or > MaxLength || !IsAllEmphasised(paragraph, text) || text.Any(c => c is '?' or '!' or ':'))
            {
                continue;
            }

            bodyText ??= articleRoot.TextContent.TrimEnd();
            if (atBottom && !bodyText.EndsWith(text, StringComparison.Ordinal))
            {
                continue;
            }

            // A bold line the prose also names is a subheading for what it names ("wir sprechen vom Alp Race Gurtzeug" above
            // "<p><strong>Alp Race Gurtzeug</strong></p>"): a story does not name its writer in its own text.
            if (bodyText.IndexOf(text, StringComparison.Ordinal) != bodyText.LastIndexOf(text, StringComparison.Ordinal))
            {
                continue;
            }

            var found = parser.Parse(text);
            if (found.Authors.Count == 0)
            {
                // A newsroom signing off ("IN-Redaktion") at the very end.
                if (atBottom && parser.DeskCredit(text) is { } desk)
                {
                    return (text, new Byline([], [desk]));
                }

                continue;
            }

            // Bold lines that are ordinary words ("Read More", "The Background") are headings, not names:
            // a name is two to four capitalised words, one of which the text never uses in lower case.
            if (found.Authors.All(name => IsCapitalisedName(name) && HasProperWord(name, bodyText)))
            {
                return (text, found);
            }
        }

        return null;
    }

    /// <summary>The paragraph is one bold run, or one short italic run ("&lt;p&gt;&lt;em&gt;Von Jane Doe&lt;/em&gt;&lt;/p&gt;"; longer italics are titles and asides).</summary>
    private static bool IsAllEmphasised(IElement paragraph, string text)
    {
        var bold = paragraph.QuerySelector("strong, b");
        if (bold is not null && bold.TextContent.Trim().Length == text.Length)
        {
            return true;
        }

        var italic = paragraph.QuerySelector("em, i");
        return text.Length <= MaxItalicLength && italic is not null && italic.TextContent.Trim().Length == text.Length;
    }

    private static bool IsCapitalisedName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    private static bool HasProperWord(string name, string bodyText) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word => word.Length > 1 && !bodyText.Contains(" " + word.ToLowerInvariant() + " ", StringComparison.Ordinal));
}
