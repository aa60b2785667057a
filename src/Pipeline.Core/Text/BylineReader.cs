using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Text;

/// <summary>Reads a byline line into people and agencies; "Source: X" parts go to the agency catalogue only, so a source name is never taken for a person.</summary>
public sealed partial class BylineReader(TextPatterns patterns, BylineParser parser)
{
    public Byline Read(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return Byline.Empty;
        }

        var authors = new List<string>();
        var agencies = new List<string>();
        foreach (var part in Unglued(line).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (patterns.SourceLine.Match(part) is { Success: true } source)
            {
                agencies.AddRange(parser.Agencies.FindAll(source.Groups["sources"].Value).Where(a => !agencies.Contains(a)));
                continue;
            }

            var parsed = parser.Parse(part);
            if (parsed is { Authors.Count: 0, Agencies.Count: 0 } && patterns.Byline.IsMatch(part)
                && parser.ParseLabelled(part) is { Authors: [var penName] } labelled && AsWritten(penName, line))
            {
                // A written label vouches for what follows as the writer's name, as markup does: a one-word pen name ("by Regan"),
                // though not a brand written in camel case ("By SlashGear", which the glue splitting above cut in two).
                parsed = labelled;
            }

            authors.AddRange(parsed.Authors.Where(a => !authors.Contains(a)));
            agencies.AddRange(parsed.Agencies.Where(a => !agencies.Contains(a)));
        }

        return new Byline(authors, agencies);
    }

    /// <summary>The reporters an agency story's closing credit names ("(Reporting by Will Dunham; Editing by Tom Brown)"), or null.</summary>
    public Byline? Reporters(string line) => ReportingCredit.Read(line, parser);

    private static bool AsWritten(string name, string line)
    {
        var at = line.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && (at + name.Length == line.Length || !char.IsLetter(line[at + name.Length])) && !name.Skip(1).Any(char.IsUpper);
    }

    /// <summary>
    /// The byline as the page showed it, where a text browser ran its parts together: a handle after the name ("Chris
    /// Pokorny@DawgsByNature"), a role or desk after it ("Meg JamesStaff Writer"), the name printed twice (a link and its text), a
    /// picture's label before it ("[Associated] Associated Press").
    /// </summary>
    internal static string Unglued(string line)
    {
        var text = GluedHandle().Replace(ImageLabel().Replace(line, " "), "");
        // The glue was an element boundary: what follows the name is another part of the byline, read on its own.
        text = GluedWord().Replace(text, ", ");
        return RepeatedName().Replace(text, "${name}");
    }

    // A picture the text browser printed by its label ("[Associated] Associated Press", a logo's alt text before the name it shows).
    [GeneratedRegex(@"\[[^\[\]]{0,60}\]")]
    private static partial Regex ImageLabel();

    // Not an address's domain ("Megan Rowe meganr@spokesman.com"): the parser drops a whole address, not one cut in two.
    [GeneratedRegex(@"(?<=\p{L})@\w+(?![\w-]*\.\w)")]
    private static partial Regex GluedHandle();

    // A capital right after three lower-case letters starts another word ("JamesStaff"), not part of a name ("McBride", "MacKenzie").
    // The capital is asked first and the look back is bounded, so that a long run of letters is not read back from each of its places.
    [GeneratedRegex(@"(?=\p{Lu})(?<=\p{Lu}\p{Ll}{3,40})")]
    private static partial Regex GluedWord();

    [GeneratedRegex(@"(?<name>\b\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\k<name>(?!\S)")]
    private static partial Regex RepeatedName();
}
