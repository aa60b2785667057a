using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Reads the credits of the byline elements around the heading: the nearest one that names someone, and the co-authors' elements of
/// the same kind beside it; a picture's credit under byline-like markup is skipped.
/// </summary>
internal sealed class BylineElementCredits(MetadataRules rules, BylineParser bylines, BylineElementText bylineText)
{
    // Co-authors' names sit next to each other; the same markup far away is another article's byline (a teaser, an author list).
    private const int SiblingReach = 30;

    // Enough raw text to hold an indented short credit; a box longer than this is long however it is folded.
    private const int FoldedReach = 400;

    /// <summary>The headings that lead a card: the first one is its headline.</summary>
    private const string Headlines = "h1, h2, h3, h4, h5, h6";

    // No labels, no picture credits: an empty alternation would match every line.
    private readonly Regex? _pictureCredit = rules.PictureCreditLabels.Count == 0 ? null
        : RulePattern.Create(@"^\W*(?:" + string.Join("|", rules.PictureCreditLabels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The first byline element (nearest after the heading, else nearest before it) that yields names, plus its siblings of the same kind;
    /// with <paramref name="personOnly"/>, one that names a person (an organisation's credit is held for a person to outrank).
    /// </summary>
    public string? Read(ArticleHead head, bool strict, bool personOnly, CreditList credits)
    {
        var ordered = head.Bylines
            .OrderBy(b => head.HeadingOrder < 0 ? b.Order : b.Order >= head.HeadingOrder ? b.Order - head.HeadingOrder : 100_000 + (head.HeadingOrder - b.Order))
            .ToList();
        var story = head.Heading is null ? null : NamedElements.Closest(head.Heading, "article");
        foreach (var candidate in ordered)
        {
            if (InOtherStory(candidate.Element, story))
            {
                continue;
            }

            // An enclosing byline box whose inner elements are candidates too: let the inner ones speak. Its length is the text a reader
            // sees: the template's indentation around a short credit does not make it long.
            // A control inside it ("Follow" in an author card) names no one and speaks for nothing.
            if (ordered.Any(o => o.Order > candidate.Order && candidate.Element.Contains(o.Element) && !bylineText.IsControl(o.Element)) && ElementText.Length(candidate.Element, 81) > 80
                && ElementText.Folded(candidate.Element, FoldedReach).Length > 80)
            {
                continue;
            }

            var shown = bylineText.Read(candidate.Element);
            var text = UnlistedWriterLabel.Without(candidate.Element, shown, bylines.Names);
            // A picture's credit line under byline-like markup names who took the picture, not who wrote the article.
            if (_pictureCredit?.IsMatch(text) == true)
            {
                continue;
            }

            var found = MarkedNameEnd.Apply(strict ? bylines.Parse(text) : bylines.ParseLabelled(text), candidate.Element, bylines);
            var authors = found.Authors.Where(n => !credits.NamesSite(n)).ToList();
            if (authors.Count == 0 && (personOnly || found.Agencies.Count == 0 || InAsideBesideHeading(candidate.Element, head.Heading)))
            {
                continue;
            }

            var signature = Signature(candidate.Element);
            var parent = candidate.Element.ParentElement?.ParentElement;
            // The co-authors in the order the page lists them, whichever of them stood nearest the heading.
            foreach (var credit in head.Bylines.Where(b => b.Element == candidate.Element || (Math.Abs(b.Order - candidate.Order) <= SiblingReach && Signature(b.Element) == signature && parent is not null && parent.Contains(b.Element) && !b.Element.Contains(candidate.Element) && !candidate.Element.Contains(b.Element))).OrderBy(b => b.Order))
            {
                if (credit.Element == candidate.Element)
                {
                    credits.Add(found);
                    continue;
                }

                var siblingText = UnlistedWriterLabel.Without(credit.Element, bylineText.Read(credit.Element), bylines.Names);
                credits.Add(MarkedNameEnd.Apply(strict ? bylines.Parse(siblingText) : bylines.ParseLabelled(siblingText), credit.Element, bylines));
            }

            return WhitespaceFolder.FoldLine(shown);
        }

        return null;
    }

    /// <summary>
    /// A credit in an aside beside the heading (the story's details box: writer, time, share buttons) counts only when it names a
    /// person: an agency or a desk named there ("von APA", "Associated Press in Valencia") is where the copy came from, which the
    /// page's own data credits as it sees fit.
    /// </summary>
    private static bool InAsideBesideHeading(IElement element, IElement? heading) =>
        NamedElements.Closest(element, "aside") is { } aside && (heading is null || !aside.Contains(heading));

    /// <summary>
    /// A byline in an article element of its own, apart from the one that holds the heading, led by a headline that links away: a teaser
    /// card's or a related story's credit ("La Tercera", "Paula" under each card), not the story's. Article elements that are the
    /// story's own boxes (the ingredients, the author's box) are led by a plain heading; without a story article there is nothing to tell apart.
    /// </summary>
    private static bool InOtherStory(IElement element, IElement? story) =>
        story is not null && NamedElements.Closest(element, "article") is { } own && own != story && !own.Contains(story)
        && own.QuerySelector(Headlines) is { } headline && (LinksAway(headline.QuerySelector("a[href]")) || LinksAway(NamedElements.Closest(headline, "a")));

    // An empty address, a fragment or a script is the page itself, not another story (Digg's story headline links to "").
    private static bool LinksAway(IElement? link) =>
        link?.GetAttribute("href")?.Trim() is { Length: > 0 } href && href[0] != '#' && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static string Signature(IElement element) => element.LocalName + "." + element.ClassName + "." + element.GetAttribute("rel") + "." + element.GetAttribute("itemprop");
}
