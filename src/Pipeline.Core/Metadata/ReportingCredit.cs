using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>
/// An agency story's closing credit ("(Reporting by Will Dunham; Editing by Tom Brown)", "Reporting by Jane Doe and John Roe; Writing
/// by Max Mustermann"): the people who wrote it; its editors and additional reporters are not credited.
/// </summary>
public static partial class ReportingCredit
{
    /// <summary>The line opens with a reporting or writing credit.</summary>
    public static bool IsMatch(string line) => Credit().IsMatch(line);

    /// <summary>The reporters and writers the credit line names, or null when it names none.</summary>
    public static Byline? Read(string line, BylineParser parser)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(parser);
        if (!Credit().IsMatch(line))
        {
            return null;
        }

        var authors = new List<string>();
        foreach (var part in line.Trim('(', ')', ' ', '.').Split(';'))
        {
            if (Credit().Match(part.Trim()) is { Success: true } credit && parser.Parse(credit.Groups["names"].Value) is { Authors.Count: > 0, Agencies.Count: 0 } named)
            {
                authors.AddRange(named.Authors.Where(n => !authors.Contains(n)));
            }
        }

        return authors.Count > 0 ? new Byline(authors, []) : null;
    }

    /// <summary>"Reporting by", "Reported by", "Writing by" opening a part of a closing credit line, before the names.</summary>
    [GeneratedRegex(@"^\(?(?i:reporting|reported|writing)\s+by\s+(?<names>\p{Lu}[^;()]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
