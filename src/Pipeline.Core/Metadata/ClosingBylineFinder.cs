using AngleSharp.Dom;
using Pipeline.Core.Input;
using static Pipeline.Core.Metadata.BylineLinePatterns;

namespace Pipeline.Core.Metadata;

/// <summary>
/// A labelled credit among the last lines of the article body ("Autor: jdoe", "Written by: Jane Doe", "Quelle: kathpress").
/// Only labels count here: a bare name at the end is left to the bold or italic sign-off.
/// </summary>
internal sealed class ClosingBylineFinder(BylineParser parser)
{
    /// <summary>The body's last lines that may hold the credit.</summary>
    private const int ClosingLines = 3;

    /// <summary>The credit line and what it names, or null.</summary>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? Find(IElement? articleRoot)
    {
        if (articleRoot?.FirstChild is not { } first)
        {
            return null;
        }

        var lines = BlockLines.Whole(first, articleRoot);
        for (var i = Math.Max(0, lines.Count - ClosingLines); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > BlockLines.MaxShortLine)
            {
                continue;
            }

            if (Labelled().Match(line) is { Success: true, Index: 0 } labelled && parser.ParseLabelled(labelled.Groups["name"].Value) is { } named && (named.Authors.Count > 0 || named.Agencies.Count > 0))
            {
                return (line, named);
            }

            // "Autoren Jelko Djuren und Jutta Klaukien", or the label alone with the names on the next line ("Von:" / "Götz Warnke"):
            // only full personal names count there.
            var signed = ClosingLabel().Match(line) is { Success: true } label ? line[label.Length..]
                : ClosingLabelAlone().IsMatch(line) && i + 1 < lines.Count ? lines[i + 1]
                : null;
            if (signed is not null && NamesOnly().IsMatch(signed) && parser.Parse(signed) is { Authors.Count: > 0, Agencies.Count: 0 } people)
            {
                return (line == signed ? line : WhitespaceFolder.FoldLine(line + " " + signed), people);
            }

            if (SourceLine().IsMatch(line) && parser.Parse(line) is { Authors.Count: 0, Agencies.Count: > 0 } source)
            {
                return (line, source);
            }
        }

        return null;
    }
}
