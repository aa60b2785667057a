using AngleSharp.Dom;
using Pipeline.Core.Input;
using static Pipeline.Core.Metadata.BylineLinePatterns;

namespace Pipeline.Core.Metadata;

/// <summary>
/// A labelled credit among the last lines of the article body ("Autor: jdoe", "Written by: Jane Doe", "Quelle: kathpress").
/// Only labels count here, or a dash that signs the date line above it ("28. November 2022" / "- Nadja Podbregar"):
/// a bare name at the end is left to the bold or italic sign-off.
/// </summary>
internal sealed partial class ClosingBylineFinder(BylineParser parser, BylineDates dates)
{
    /// <summary>The body's last lines that may hold the credit.</summary>
    private const int ClosingLines = 3;

    /// <summary>The body's last lines that may hold a dated signature, below the last line of prose: a share bar may follow it.</summary>
    private const int SignatureLines = 12;

    /// <summary>The credit line and what it names, or null.</summary>
    /// <param name="articleRoot">The element chosen as main content.</param>
    public (string Text, Byline Byline)? Find(IElement? articleRoot)
    {
        if (articleRoot?.FirstChild is not { } first)
        {
            return null;
        }

        var lines = BlockLines.Whole(first, articleRoot);
        // A source line ("Quelle: kathpress") counts only when no line after it credits an author.
        (string Text, Byline Byline)? sourced = null;
        for (var i = Math.Max(0, lines.Count - SignatureLines); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > BlockLines.MaxShortLine)
            {
                continue;
            }

            if (i > 0 && SignedDate(lines[i - 1], line) is { } signer && !lines.Skip(i + 1).Any(after => after.Length > BlockLines.MaxShortLine))
            {
                return (line, signer);
            }

            if (i < lines.Count - ClosingLines)
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

            if (sourced is null && SourceLine().IsMatch(line) && parser.Parse(line) is { Authors.Count: 0, Agencies.Count: > 0 } source)
            {
                sourced = (line, source);
            }
        }

        return sourced;
    }

    /// <summary>The reporters an agency's story names on its closing line (see <see cref="ReportingCredit"/>), or null.</summary>
    public Byline? Reporters(IElement? articleRoot)
    {
        if (articleRoot?.FirstChild is not { } first)
        {
            return null;
        }

        var lines = BlockLines.Whole(first, articleRoot);
        for (var i = Math.Max(0, lines.Count - ClosingLines); i < lines.Count; i++)
        {
            if (lines[i].Length <= BlockLines.MaxShortLine && ReportingCredit.IsMatch(lines[i]))
            {
                return ReportingCredit.Read(lines[i], parser);
            }
        }

        return null;
    }

    /// <summary>
    /// One person's name on a dash-led line right under a date line ("28. November 2022" / "- Nadja Podbregar"):
    /// the article's date and its signature split in two lines, or null.
    /// </summary>
    private Byline? SignedDate(string above, string line) =>
        line.Length > 1 && line[0] is '-' or '–' or '—' && DateThenName().Match(above + " " + line) is { Success: true } dated
        && dated.Groups["date"].Value == above && dates.IsDateLine(above)
        && parser.Parse(dated.Groups["name"].Value) is { Authors.Count: 1, Agencies.Count: 0 } signer ? signer : null;
}
