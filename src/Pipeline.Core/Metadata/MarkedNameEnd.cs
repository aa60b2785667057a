using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Ends a byline element's name where the link or bold text that holds it ends: the words after it in the same line are the writer's
/// role or desk ("&lt;a&gt;Emma Mackenzie&lt;/a&gt; Lifestyle Writer", "&lt;strong&gt;Steffan Rhys&lt;/strong&gt; Deputy Content Hub Director").
/// </summary>
internal static class MarkedNameEnd
{
    /// <summary>The byline with each name that runs on past a marked name of two words or more cut back to that name.</summary>
    public static Byline Apply(Byline found, IElement byline)
    {
        List<string>? marked = null;
        List<string>? authors = null;
        for (var i = 0; i < found.Authors.Count; i++)
        {
            var name = found.Authors[i];
            if (name.IndexOf(' ') < 0)
            {
                continue;
            }

            marked ??= MarkedNames(byline);
            foreach (var shown in marked)
            {
                // The marked name must be a whole-word prefix: "Jane Doe" in "Jane Doe Lifestyle", never "Jane Do" in "Jane Doe".
                if (shown.Length < name.Length && name[shown.Length] == ' ' && name.StartsWith(shown, StringComparison.OrdinalIgnoreCase))
                {
                    authors ??= [.. found.Authors];
                    authors[i] = name[..shown.Length];
                    break;
                }
            }
        }

        return authors is null ? found : found with { Authors = authors.Distinct(StringComparer.Ordinal).ToList() };
    }

    /// <summary>The folded texts of the links and bold runs inside the byline that hold at least two words.</summary>
    private static List<string> MarkedNames(IElement byline)
    {
        var names = new List<string>();
        foreach (var element in byline.QuerySelectorAll("a, strong, b"))
        {
            var text = WhitespaceFolder.FoldLine(element.TextContent);
            if (text.IndexOf(' ') > 0)
            {
                names.Add(text);
            }
        }

        return names;
    }
}
