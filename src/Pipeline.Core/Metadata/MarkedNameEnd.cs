using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Ends a byline element's name where the link or bold text that holds it ends: the words after it in the same line are the writer's
/// role or desk ("&lt;a&gt;Emma Mackenzie&lt;/a&gt; Lifestyle Writer", "&lt;strong&gt;Steffan Rhys&lt;/strong&gt; Deputy Content Hub Director").
/// </summary>
internal static class MarkedNameEnd
{
    // Longer links and bold runs are sentences or headlines, never a name.
    private const int MaxNameLength = 60;

    /// <summary>
    /// The byline with each name that runs on past a marked name of two words or more cut back to that name, and each organisation
    /// credit that runs on past a marked person's name ("&lt;a&gt;Sophie Foster&lt;/a&gt; Travel News Reporter") credited to that person.
    /// </summary>
    public static Byline Apply(Byline found, IElement byline, BylineParser parser) => Apply(found, () => MarkedNames(byline), parser);

    /// <summary>As <see cref="Apply(Byline, IElement, BylineParser)"/>, with the <paramref name="marked"/> texts (links and bold runs of two words or more) read already.</summary>
    public static Byline Apply(Byline found, IReadOnlyList<string> marked, BylineParser parser) => marked.Count == 0 ? found : Apply(found, () => marked, parser);

    /// <summary>The folded text of a link or bold run that can hold a whole name (two words or more, short), else null.</summary>
    public static string? MarkedName(IElement element)
    {
        if (element.LocalName is not ("a" or "strong" or "b") || ElementText.Length(element, MaxNameLength + 1) > MaxNameLength)
        {
            return null;
        }

        var text = WhitespaceFolder.FoldLine(element.TextContent);
        return text.IndexOf(' ') > 0 ? text : null;
    }

    private static Byline Apply(Byline found, Func<IReadOnlyList<string>> readMarked, BylineParser parser)
    {
        IReadOnlyList<string>? marked = null;
        List<string>? authors = null;
        for (var i = 0; i < found.Authors.Count; i++)
        {
            var name = found.Authors[i];
            if (name.IndexOf(' ') > 0 && ShownPrefixLength(name, marked ??= readMarked()) is > 0 and var length)
            {
                authors ??= [.. found.Authors];
                authors[i] = name[..length];
            }
        }

        // The desk and role after a linked name ("Travel News Reporter") made the whole line read as a newsroom's credit.
        List<string>? agencies = null;
        foreach (var agency in found.Agencies)
        {
            if (agency.IndexOf(' ') > 0 && ShownPrefixLength(agency, marked ??= readMarked()) is > 0 and var length
                && agency[..length] is var person && BylineParser.LooksLikePersonName(person) && !parser.IsOrganisation(person))
            {
                agencies ??= [.. found.Agencies];
                agencies.Remove(agency);
                authors ??= [.. found.Authors];
                authors.Add(person);
            }
        }

        return authors is null ? found : new Byline(authors.Distinct(StringComparer.Ordinal).ToList(), agencies ?? found.Agencies);
    }

    /// <summary>
    /// The length of the first marked text that is a whole-word prefix of <paramref name="name"/> and shorter than it: "Jane Doe" in
    /// "Jane Doe Lifestyle", never "Jane Do" in "Jane Doe"; 0 when none is.
    /// </summary>
    private static int ShownPrefixLength(string name, IReadOnlyList<string> marked)
    {
        foreach (var shown in marked)
        {
            if (shown.Length < name.Length && name[shown.Length] == ' ' && name.StartsWith(shown, StringComparison.OrdinalIgnoreCase))
            {
                return shown.Length;
            }
        }

        return 0;
    }

    /// <summary>The folded texts of the links and bold runs inside the byline that hold at least two words.</summary>
    private static List<string> MarkedNames(IElement byline)
    {
        var names = new List<string>();
        foreach (var element in byline.QuerySelectorAll("a, strong, b"))
        {
            if (MarkedName(element) is { } text)
            {
                names.Add(text);
            }
        }

        return names;
    }
}
