using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The byline the page shows when it names everyone the structured data or the author tag credits, more people besides, and nothing
/// else ("von Rudolf Fischer, Simon Kohler" beside a tag naming Rudolf Fischer): a CMS records one account per story, the byline its co-authors.
/// </summary>
internal sealed partial class WrittenCoAuthors(BylineParser bylines, SiteCredit siteCredit, BylineElementCredits elementCredits, VisibleBylineFinder visibleBylines)
{
    /// <summary>How many byline elements nearest the heading may show the story's list of writers.</summary>
    private const int NearestBylineElements = 3;

    // A label before a list of names is short ("By", "von"); digits, bars, slashes and colons belong to a metadata row or a role label.
    private static readonly SearchValues<char> BylineDigitsAndBars = SearchValues.Create("0123456789|/:");

    private static readonly string[] Conjunctions = BylineLinePatterns.NameConjunctions.Split('|');

    /// <summary>Credits the byline's names instead of <paramref name="credits"/>' authors when it names them all, more people besides, and nothing else.</summary>
    public void AddTo(CreditList credits, ArticleHead head, IElement? articleRoot)
    {
        if (credits.Authors.Count == 0 || credits.Agencies.Count > 0 || !ShownBesideAnotherName(head, credits.Authors[0]))
        {
            return;
        }

        var elements = new CreditList(bylines, siteCredit, credits.Site);
        var elementText = elementCredits.Read(head, strict: true, personOnly: true, elements);
        if (!TakeCoAuthors(elementText, elements.Agencies.Count == 0 ? [.. elements.Authors] : [], credits)
            && visibleBylines.Find(head, articleRoot, personOnly: true) is { Byline.Agencies.Count: 0 } shown)
        {
            TakeCoAuthors(shown.Text, [.. shown.Byline.Authors], credits);
        }
    }

    /// <summary>
    /// Whether the page shows <paramref name="name"/> next to a comma, an ampersand or a short joining word, around the heading or in a
    /// byline element: a cheap test before the bylines are read again, which most pages (one writer) fail.
    /// </summary>
    private static bool ShownBesideAnotherName(ArticleHead head, string name)
    {
        if (Joined(head.TextAfterHeading, name) || Joined(head.TextBeforeHeading, name))
        {
            return true;
        }

        // The story's byline stands by its heading: the few byline elements nearest it, as the desk credit is looked for.
        foreach (var byline in head.Bylines.OrderBy(b => Math.Abs(b.Order - head.HeadingOrder)).Take(NearestBylineElements))
        {
            if (Joined(byline.Element.TextContent, name))
            {
                return true;
            }
        }

        return false;

        static bool Joined(string text, string name)
        {
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (JoinsAfter(text.AsSpan(at + name.Length)) || JoinsBefore(text.AsSpan(0, at)))
                {
                    return true;
                }
            }

            return false;
        }

        // "Jane Doe, John Roe", "Jane Doe & John Roe", "Jane Doe und John Roe": a joiner and then a capital; "Jane Doe, 12. März" is a date.
        static bool JoinsAfter(ReadOnlySpan<char> rest)
        {
            rest = rest.TrimStart();
            var joiner = !rest.IsEmpty && rest[0] is ',' or '&' ? 1 : Conjunction(rest);
            return joiner > 0 && rest[joiner..].TrimStart() is { IsEmpty: false } next && char.IsUpper(next[0]);
        }

        static bool JoinsBefore(ReadOnlySpan<char> start)
        {
            start = start.TrimEnd();
            if (!start.IsEmpty && start[^1] is ',' or '&')
            {
                return true;
            }

            var space = start.LastIndexOfAny(' ', '\n', '\t');
            return space > 0 && Conjunction(start[(space + 1)..]) > 0;
        }

        // The joining word a byline's name list opens the text with, as the byline patterns read one: the word's length, or 0.
        static int Conjunction(ReadOnlySpan<char> text)
        {
            foreach (var word in Conjunctions)
            {
                if (text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || char.IsWhiteSpace(text[word.Length])))
                {
                    return word.Length;
                }
            }

            return 0;
        }
    }

    /// <summary>Credits the byline's names instead when they include every name credited so far and more, and the byline is only names.</summary>
    private static bool TakeCoAuthors(string? text, List<string> names, CreditList credits)
    {
        if (text is null || names.Count <= credits.Authors.Count)
        {
            return false;
        }

        var written = names.Select(AuthorNameNormalizer.Folded).ToList();
        if (!credits.Authors.All(a => written.Contains(AuthorNameNormalizer.Folded(a))) || !ListsOnly(text, names))
        {
            return false;
        }

        credits.Authors.Clear();
        credits.Authors.AddRange(names);
        credits.Byline = text;
        return true;
    }

    /// <summary>
    /// True when the byline is the names and nothing else: a label before them ("By", "von"), commas, ampersands or a short joining word
    /// between them. A line that runs on into a link's words or a role ("| View More Articles", "| starszy analityk") is a template's
    /// metadata row, and the "names" read from it are not people.
    /// </summary>
    private static bool ListsOnly(string text, List<string> names)
    {
        var at = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var found = text.IndexOf(names[i], at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var between = text.AsSpan(at, found - at).Trim();
            if (i == 0 ? between.Length > 12 || between.ContainsAny(BylineDigitsAndBars) : !NameJoiner().IsMatch(between))
            {
                return false;
            }

            at = found + names[i].Length;
        }

        return text.AsSpan(at).Trim().TrimEnd('.').IsEmpty;
    }

    /// <summary>What joins two names in a list: a comma, an ampersand or a conjunction ("and", "und", "et", "y").</summary>
    [GeneratedRegex(@"^(?:[,&]|,?\s*(?:" + BylineLinePatterns.NameConjunctions + @"))$", RegexOptions.CultureInvariant)]
    private static partial Regex NameJoiner();
}
