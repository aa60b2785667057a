using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Finds the person a page's copyright notice names ("© 2019 Jane Doe", "Copyright (c) 2012- Jane Doe. All rights reserved."):
/// on a blog or a one-person site that names no writer anywhere else, the holder of the rights is the one who wrote it.
/// </summary>
public static partial class CopyrightNoticeHolder
{
    // The notice is a short line; a longer text mentions a copyright in a sentence.
    private const int MaxNoticeLength = 120;

    /// <summary>
    /// The one person the page's copyright notices name, or null when none names a person, they name several people (the credits of
    /// pictures) or the holder is an organisation or the site itself. A notice in the article's own text credits its writer; the site's
    /// notice outside it credits a person only where the page title names that person too (a one-person site: "Jane Doe's Notes | …").
    /// </summary>
    /// <param name="document">The page.</param>
    /// <param name="articleRoot">The element holding the article's text, if found.</param>
    /// <param name="parser">Reads the holder as a byline: only a person-like name of capitalised words counts.</param>
    /// <param name="namesSite">True for the site's own name, which a notice names as often as its owner.</param>
    /// <param name="siteName">The site's name: a holder that is part of it ("Bargain Blog" of "Bargain Blog • Deals") is the site's brand.</param>
    public static string? Find(IDocument document, IElement? articleRoot, BylineParser parser, Func<string, bool> namesSite, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(namesSite);
        if (document.Body is not { } body)
        {
            return null;
        }

        var title = document.Title ?? "";
        string? holder = null;
        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || !MayHoldNotice(text.Data) || text.ParentElement is not { } parent
                || ExcludedRegions.Tags.Contains(parent.LocalName) || InPicture(parent))
            {
                continue;
            }

            var line = WhitespaceFolder.FoldLine(text.Data).Trim();
            if (line.Length > MaxNoticeLength || Notice().Match(line) is not { Success: true } notice)
            {
                continue;
            }

            // The whole notice is read for an organisation: "© 2020 Acme Mills, Inc." holds a legal form after the name.
            var found = parser.Parse(notice.Groups["name"].Value);
            if (found.Authors.Count != 1 || found.Agencies.Count > 0 || !IsShortPersonName(found.Authors[0]) || parser.IsOrganisation(line[notice.Groups["name"].Index..])
                || namesSite(found.Authors[0]) || (siteName is not null && siteName.Contains(found.Authors[0], StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // In the article a dated notice closes the writer's text ("© 2019 Jane Doe"; an undated "© Jane Doe" credits a picture);
            // outside it, the site's notice names the writer where the title names the same person.
            var inArticle = articleRoot?.Contains(parent) == true && notice.Groups["year"].Success;
            if (!inArticle && !title.Contains(found.Authors[0], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Two people holding rights on one page are the credits of its pictures, not its writer.
            if (holder is not null && !string.Equals(holder, found.Authors[0], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            holder = found.Authors[0];
        }

        return holder;
    }

    /// <summary>Two or three words besides initials ("Jane Doe", "Dr. Jane W. Doe"): a longer run of capitalised words names a body ("St. George's Boys' Choir Ulm").</summary>
    private static bool IsShortPersonName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !(w.Length == 2 && w[1] == '.')) is 2 or 3;

    // Ordinal searches: this runs over every text of a page that credits no one.
    private static bool MayHoldNotice(string data) =>
        data.Contains('©', StringComparison.Ordinal) || data.Contains("(c)", StringComparison.Ordinal) || data.Contains("(C)", StringComparison.Ordinal)
        || data.Contains("opyright", StringComparison.Ordinal) || data.Contains("OPYRIGHT", StringComparison.Ordinal);

    /// <summary>A picture's credit ("© Jane Doe" under a photo) names the photographer.</summary>
    private static bool InPicture(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "figure" or "figcaption" or "picture")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line that opens with the copyright sign or word, then the years and "by" if any, then a name of two to four words that ends the
    /// line or a sentence ("Jane Doe. All rights reserved", "Jane Doe • Impressum").
    /// </summary>
    [GeneratedRegex(@"^(?i:copyright\s*(?:©|\(c\))?|©|\(c\))\s*:?\s*(?<year>\d{4}(?:\s*[-–/]\s*(?:\d{4})?)?\s*,?\s*)?(?i:(?:by|von|par|por)\s+)?(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,3}?)\s*(?:$|[.•|,;·–—]|-\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
