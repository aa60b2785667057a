using Pipeline.Core.Metadata;

namespace Pipeline.Core.Text;

/// <summary>Reads a byline line into people and agencies; "Source: X" parts go to the agency catalogue only, so a source name is never taken for a person.</summary>
public sealed class BylineReader(TextPatterns patterns, BylineParser parser)
{
    public Byline Read(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return Byline.Empty;
        }

        var authors = new List<string>();
        var agencies = new List<string>();
        foreach (var part in line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (patterns.SourceLine.Match(part) is { Success: true } source)
            {
                agencies.AddRange(parser.Agencies.FindAll(source.Groups["sources"].Value).Where(a => !agencies.Contains(a)));
                continue;
            }

            var parsed = parser.Parse(part);
            authors.AddRange(parsed.Authors.Where(a => !authors.Contains(a)));
            agencies.AddRange(parsed.Agencies.Where(a => !agencies.Contains(a)));
        }

        return new Byline(authors, agencies);
    }
}
